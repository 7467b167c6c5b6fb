#pragma once

#include <QString>

namespace certmend {

/// What went wrong, in a form the UI can translate (code) and a technician can act on (detail).
enum class ErrorCode
{
    FileNotFound,      ///< the path does not exist
    FileUnreadable,    ///< permissions, I/O error, not a regular file
    FileTooLarge,      ///< over the size CertMend accepts for that kind of file
    EmptyFile,         ///< zero bytes
    BadFormat,         ///< the bytes are not what the file claims to be
    Truncated,         ///< the data ends before its structure does
    UnsupportedFormat, ///< a format CertMend does not read
    OutsideSnapshot,   ///< a link or path that leads out of the snapshot folder
    BadEncoding,       ///< text in an encoding the format does not allow
    OpenSsl,           ///< libcrypto refused; detail carries its error queue
    Io,                ///< writing, flushing, renaming failed
    InvalidArgument,   ///< the caller asked for something meaningless
    NotFound,          ///< a certificate, store or value that should be there is not
    StoreChanged,      ///< the store is not as it was when it was scanned
    BackupFailed,      ///< a backup could not be written or did not read back identical
    VerifyFailed,      ///< after a change, the store is not what the plan said
    Tampered,          ///< a file's hash does not match its manifest
    NotElevated,       ///< a live change needs administrator rights
    Cancelled,         ///< the user stopped it
    Internal,          ///< a bug
};

/// A failure: the code, the file or object concerned, and a technical detail (OpenSSL/Win32 text included).
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString detail;
    QString file;

    /// "file: detail", or just the detail when no file is concerned.
    QString message() const { return file.isEmpty() ? detail : file + QStringLiteral(": ") + detail; }
};

/// Stable identifier of a code, used in JSON output and logs.
const char* errorCodeName(ErrorCode code);

} // namespace certmend
