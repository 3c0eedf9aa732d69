package id.gerbang.account.web;

record IpCheckResponse(long agencyId, String address, boolean registered) {
}
