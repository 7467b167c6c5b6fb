#include "schannel/SslBinding.h"

namespace certmend {

QString SslBinding::thumbprint() const
{
    QString out;
    for (QChar c : certificateHash) {
        if (!c.isSpace())
            out += c.toUpper();
    }
    return out;
}

QString SslBinding::field(const QString& label) const
{
    for (const auto& [name, value] : fields) {
        if (name.compare(label, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace certmend
