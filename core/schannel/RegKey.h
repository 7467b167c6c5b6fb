#pragma once

#include "schannel/RegValue.h"

#include <QList>
#include <QString>

namespace certmend {

/// One `[HKEY_…\path]` section of a `reg export` file with its values in file order.
struct RegKey
{
    QString path;         ///< as spelled in the file, without brackets and without the leading '-'
    bool deleted = false; ///< `[-HKEY_…]`: the key is removed by `reg import`
    QList<RegValue> values;

    /// The value of that name, compared case-insensitively as the registry does; null when absent.
    const RegValue* value(const QString& name) const;
    RegValue* value(const QString& name);

    friend bool operator==(const RegKey&, const RegKey&) = default;
};

} // namespace certmend
