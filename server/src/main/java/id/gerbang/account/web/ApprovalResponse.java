package id.gerbang.account.web;

/** The decided application and the new account's secrets, shown this once. */
record ApprovalResponse(ApplicationResponse application, CredentialsResponse credentials) {
}
