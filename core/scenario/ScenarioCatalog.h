#pragma once

#include "scenario/Scenario.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace certmend {

/// The training scenarios embedded at ":/scenarios/*/scenario.json".
class ScenarioCatalog
{
public:
    /// Every embedded scenario with a readable scenario.json, sorted by id.
    static QList<Scenario> all();
    static std::optional<Scenario> find(const QString& id);
    /// The scenario the wizard opens with ("intermediate-in-root").
    static QString defaultId();
    /// Copies scenario `id` into `folder`/<id> (files 0600, folders 0700) so that a training fix can change it.
    /// Returns the copy's path. Fails when the target already exists.
    static Result<QString> extractTo(const QString& id, const QString& folder);
    /// Parses a scenario.json; `resourcePath` is stored as given.
    static Result<Scenario> parse(const QByteArray& json, const QString& resourcePath);
};

} // namespace certmend
