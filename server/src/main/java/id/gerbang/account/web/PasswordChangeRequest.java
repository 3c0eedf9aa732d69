package id.gerbang.account.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record PasswordChangeRequest(@NotNull @Size(max = 1024) String currentPassword,
                             @NotNull @Size(max = 1024) String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[hidden]";
    }
}
