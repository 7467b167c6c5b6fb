#include "schannel/SnapshotSchannelRegistry.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace certmend {

namespace {

Result<QByteArray> readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("cannot open: %1").arg(file.errorString()), path);
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("cannot read: %1").arg(file.errorString()), path);
    return bytes;
}

Result<void> saveAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io, QStringLiteral("cannot write: %1").arg(why), path);
    }
    // commit() syncs and renames over the old file only when everything was written.
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot replace the file: %1").arg(file.errorString()), path);
    return {};
}

bool isSchannelKey(const RegKey& key)
{
    return !key.deleted && RegFile::normalizedPath(key.path) == RegFile::normalizedPath(SchannelRegistry::keyPath());
}

} // namespace

SnapshotSchannelRegistry::SnapshotSchannelRegistry(QString regPath)
    : m_path(std::move(regPath))
{}

Result<std::optional<RegFile>> SnapshotSchannelRegistry::load() const
{
    if (!QFileInfo::exists(m_path))
        return std::optional<RegFile>();
    auto bytes = readAll(m_path);
    if (!bytes)
        return bytes.error();
    auto reg = RegFile::parse(*bytes, m_path);
    if (!reg)
        return reg.error();
    return std::optional<RegFile>(std::move(reg).value());
}

Result<std::optional<RegValue>> SnapshotSchannelRegistry::readValue(const QString& name) const
{
    auto reg = load();
    if (!reg)
        return reg.error();
    if (!reg->has_value())
        return std::optional<RegValue>();
    const RegKey* key = (*reg)->key(keyPath());
    const RegValue* v = key && !key->deleted ? key->value(name) : nullptr;
    if (!v || v->type == RegValue::Type::Deleted)
        return std::optional<RegValue>();
    return std::optional<RegValue>(*v);
}

Result<std::optional<quint32>> SnapshotSchannelRegistry::readDword(const QString& name) const
{
    auto v = readValue(name);
    if (!v)
        return v.error();
    if (!v->has_value())
        return std::optional<quint32>();
    const RegValue& value = **v;
    if (value.type != RegValue::Type::Dword)
        return makeError(ErrorCode::BadFormat,
                         QStringLiteral("%1 is %2 (\"%3\"), not REG_DWORD")
                             .arg(value.name, value.typeName(),
                                  value.text.isEmpty() ? QString::fromLatin1(value.bytes.toHex(',')) : value.text),
                         m_path);
    return std::optional<quint32>(quint32(value.number));
}

Result<void> SnapshotSchannelRegistry::writeDword(const QString& name, std::optional<quint32> value)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no value name given"), m_path);

    const bool existed = QFileInfo::exists(m_path);
    QByteArray oldBytes;
    QList<RegKey> keys;
    RegFile::Format format = RegFile::Format::Version5Utf16;
    if (existed) {
        auto bytes = readAll(m_path);
        if (!bytes)
            return bytes.error();
        oldBytes = *bytes;
        auto reg = RegFile::parse(oldBytes, m_path);
        if (!reg)
            return reg.error();
        if (!reg->issues().isEmpty())
            return makeError(ErrorCode::BadFormat,
                             QStringLiteral("%1 unreadable line(s) (%2); CertMend does not rewrite the file because "
                                            "they would be lost")
                                 .arg(reg->issues().size())
                                 .arg(reg->issues().first().detail),
                             m_path);
        keys = reg->keys();
        format = reg->format();
    }

    qsizetype index = -1;
    for (qsizetype i = 0; i < keys.size() && index < 0; ++i) {
        if (isSchannelKey(keys[i]))
            index = i;
    }

    if (!value) {
        if (index < 0 || !keys[index].value(name))
            return {}; // already absent: nothing to write
        keys[index].values.removeIf([&](const RegValue& v) { return v.name.compare(name, Qt::CaseInsensitive) == 0; });
    } else {
        if (index < 0) {
            // Where `reg export` puts it: before its own subkeys.
            const QString prefix = RegFile::normalizedPath(keyPath()) + QLatin1Char('\\');
            index = keys.size();
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (RegFile::normalizedPath(keys[i].path).startsWith(prefix)) {
                    index = i;
                    break;
                }
            }
            keys.insert(index, RegKey{keyPath(), false, {}});
        }
        // An existing value keeps its spelling and place, as the registry does when a value is overwritten.
        if (RegValue* existing = keys[index].value(name))
            *existing = RegValue::dword(existing->name, *value);
        else
            keys[index].values.append(RegValue::dword(name, *value));
    }

    if (auto saved = saveAtomically(m_path, RegFile::write(keys, format)); !saved)
        return saved.error();

    auto check = readDword(name);
    if (check && *check == value)
        return {};
    const QString why =
        check ? QStringLiteral("reads back as %1").arg(*check ? QString::number(**check) : QStringLiteral("absent"))
              : check.error().detail;
    // Put the previous state back so that a failed change leaves nothing half done.
    if (existed)
        (void)saveAtomically(m_path, oldBytes);
    else
        QFile::remove(m_path);
    return makeError(ErrorCode::VerifyFailed,
                     QStringLiteral("after writing %1 = %2 the file %3")
                         .arg(name, value ? QString::number(*value) : QStringLiteral("(deleted)"), why),
                     m_path);
}

} // namespace certmend
