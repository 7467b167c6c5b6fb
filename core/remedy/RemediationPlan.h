#pragma once

#include "remedy/RemediationAction.h"
#include "remedy/StoreContents.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace certmend {

/// What a fix will change, in order, and what the affected stores held when it was planned. Building or printing
/// a plan touches nothing.
class RemediationPlan
{
public:
    static constexpr int FormatVersion = 1;

    /// A certificate the plan deliberately leaves alone, and why (Group Policy, the user's choice, …).
    struct Note
    {
        QString sha1Thumbprint;
        QString subject;
        QString reason; ///< translated
        friend bool operator==(const Note&, const Note&) = default;
    };

    const QList<RemediationAction>& actions() const { return m_actions; }
    const QList<Note>& notes() const { return m_notes; }
    bool isEmpty() const { return m_actions.isEmpty(); }
    qsizetype size() const { return m_actions.size(); }

    void append(const RemediationAction& action) { m_actions.append(action); }
    void addNote(const Note& note) { m_notes.append(note); }

    /// The affected stores as they were when the plan was made; apply refuses to run when they differ.
    const StoreContents& storesBefore() const { return m_before; }
    void setStoresBefore(const StoreContents& before) { m_before = before; }
    /// The affected stores as they must be after every action ran.
    StoreContents storesAfter() const;
    /// Every store an action reads or changes (canonical spelling as planned).
    QStringList affectedStores() const;

    /// Numbered, translated sentences, then the certificates left alone with their reasons.
    QString toText() const;
    QJsonObject toJson() const;
    /// Parses and validates a plan (format, version, each action, stores consistent with storesBefore).
    static Result<RemediationPlan> fromJson(const QJsonObject& object);

    friend bool operator==(const RemediationPlan&, const RemediationPlan&) = default;

private:
    QList<RemediationAction> m_actions;
    QList<Note> m_notes;
    StoreContents m_before;
};

} // namespace certmend
