#include "schannel/RegKey.h"

namespace certmend {

const RegValue* RegKey::value(const QString& name) const
{
    for (const RegValue& v : values) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

RegValue* RegKey::value(const QString& name)
{
    for (RegValue& v : values) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

} // namespace certmend
