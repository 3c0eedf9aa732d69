package id.gerbang.agreement;

import java.time.LocalDate;

/**
 * The central approval (surat persetujuan) of the Director-General of Population and Civil
 * Registration that allows the agreement, e.g. {@code 470/12219/Dukcapil} of 12 November 2020.
 */
public record ApprovalLetter(String number, LocalDate date) {
}
