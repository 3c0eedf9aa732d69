package id.gerbang.account.web;

import java.time.Instant;

record SourceBlockResponse(String address, Instant blockedUntil) {
}
