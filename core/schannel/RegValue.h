#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace certmend {

/// One value line of a `reg export` file (`"Name"=dword:00000001`, `@="x"`, `"Name"=-`, `hex(7):…`).
struct RegValue
{
    /// How the value is typed in the file. Hex forms of REG_SZ/REG_DWORD (`hex(1):`, `hex(4):`) map to String/Dword.
    enum class Type
    {
        Dword,        ///< REG_DWORD: `dword:0000000a` or `hex(4):` with 4 bytes
        Qword,        ///< REG_QWORD: `hex(b):` with 8 bytes
        String,       ///< REG_SZ: `"text"` or `hex(1):`
        ExpandString, ///< REG_EXPAND_SZ: `hex(2):`
        MultiString,  ///< REG_MULTI_SZ: `hex(7):`
        Binary,       ///< REG_BINARY: `hex:`
        Deleted,      ///< `"Name"=-`: a deletion marker (as `reg import` reads it), or a value known to be absent
        Other,        ///< any other type (`hex(0):`, `hex(8):`, an unknown `word:` prefix); kept, never an error
    };

    /// Windows' REG_* type numbers, as written in `hex(N):`.
    static constexpr quint32 RegNone = 0, RegSz = 1, RegExpandSz = 2, RegBinary = 3, RegDword = 4, RegMultiSz = 7,
                             RegQword = 11;
    /// regType of an Other value whose data was not hex: `text` then holds the data verbatim (after the `=`).
    static constexpr quint32 UnknownForm = 0xFFFFFFFFu;

    QString name; ///< as spelled in the file; empty for the default value `@`
    Type type = Type::Other;
    quint64 number = 0;        ///< Dword, Qword
    QString text;              ///< String/ExpandString (without the terminating NUL); MultiString joined with '\n'
    QByteArray bytes;          ///< raw data of hex forms, exactly as listed in the file; empty for `"…"` and `dword:`
    quint32 regType = RegNone; ///< the REG_* number (meaningful for hex forms and Other)

    bool isDefault() const { return name.isEmpty(); }
    /// The strings of a MultiString.
    QStringList strings() const;
    /// "REG_DWORD", "REG_SZ", … for messages.
    QString typeName() const;

    /// Factories that fill every field the way parsing the written line would.
    static RegValue dword(const QString& name, quint32 value);
    static RegValue qword(const QString& name, quint64 value);
    static RegValue string(const QString& name, const QString& text);
    static RegValue expandString(const QString& name, const QString& text);       ///< UTF-16LE data (Version 5 files)
    static RegValue multiString(const QString& name, const QStringList& strings); ///< UTF-16LE data
    static RegValue binary(const QString& name, const QByteArray& data);
    static RegValue deleted(const QString& name);

    friend bool operator==(const RegValue&, const RegValue&) = default;
};

} // namespace certmend
