package id.gerbang.quota;

/** A technical study's bytes for download, with what describes them. */
public record StudyDocument(TechnicalStudy study, byte[] content) {
}
