#include "Error.h"

namespace certmend {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileNotFound:
        return "file-not-found";
    case ErrorCode::FileUnreadable:
        return "file-unreadable";
    case ErrorCode::FileTooLarge:
        return "file-too-large";
    case ErrorCode::EmptyFile:
        return "empty-file";
    case ErrorCode::BadFormat:
        return "bad-format";
    case ErrorCode::Truncated:
        return "truncated";
    case ErrorCode::UnsupportedFormat:
        return "unsupported-format";
    case ErrorCode::OutsideSnapshot:
        return "outside-snapshot";
    case ErrorCode::BadEncoding:
        return "bad-encoding";
    case ErrorCode::OpenSsl:
        return "openssl";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::StoreChanged:
        return "store-changed";
    case ErrorCode::BackupFailed:
        return "backup-failed";
    case ErrorCode::VerifyFailed:
        return "verify-failed";
    case ErrorCode::Tampered:
        return "tampered";
    case ErrorCode::NotElevated:
        return "not-elevated";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Internal:
        return "internal";
    }
    return "internal";
}

} // namespace certmend
