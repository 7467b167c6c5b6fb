#pragma once

// Header-only on purpose: certmend_testsupport links only certmend_core, while this drives certmend_ui. Only the
// ui tests (which link certmend_ui) include it.

#include "CertMendWizard.h"
#include "PageId.h"
#include "jobs/BackupLocation.h"
#include "models/ScenarioListModel.h"
#include "widgets/DialogProvider.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWidget>
#include <QWizard>
#include <QWizardPage>

#include <memory>

namespace certmend::test {

/// Answers the wizard's dialogs in GUI tests: path answers and yes/no answers are consumed in order (none left:
/// cancel / no); every question is recorded.
class ScriptedDialogs : public ui::DialogProvider
{
public:
    QStringList pathAnswers;
    QList<bool> confirmAnswers;
    QStringList asked;      ///< the titles of every dialog that would have been shown
    QList<QUrl> openedUrls; ///< what openUrl was asked to open

    QString existingDirectory(QWidget*, const QString& title, const QString&) override { return nextPath(title); }
    QString openFileOrFolder(QWidget*, const QString& title, const QString&, const QString&) override
    {
        return nextPath(title);
    }
    QString saveFile(QWidget*, const QString& title, const QString&, const QString&) override
    {
        return nextPath(title);
    }
    bool confirm(QWidget*, const QString& title, const QString&) override
    {
        asked.append(title);
        return confirmAnswers.isEmpty() ? false : confirmAnswers.takeFirst();
    }
    void openUrl(const QUrl& url) override { openedUrls.append(url); }

private:
    QString nextPath(const QString& title)
    {
        asked.append(title);
        return pathAnswers.isEmpty() ? QString() : pathAnswers.takeFirst();
    }
};

/// Creates the real CertMendWizard offscreen and drives it the way a user would: widgets by objectName, mouse
/// clicks on the wizard's buttons, waiting for pages. Dialogs go to ScriptedDialogs; QSettings go to a temporary
/// folder. Every bool-returning call leaves the reason in failure() when it returns false:
///     QVERIFY2(driver.goTo(ui::FindingsPageId), qPrintable(driver.failure()));
class WizardDriver
{
public:
    static constexpr int DefaultTimeoutMs = 30000;

    explicit WizardDriver(const ui::CertMendWizard::Options& options = {}, bool show = true)
    {
        isolateSettings();
        ui::DialogProvider::setInstance(&m_dialogs);
        m_wizard = std::make_unique<ui::CertMendWizard>(options);
        if (show) {
            m_wizard->show();
            [[maybe_unused]] const bool exposed = QTest::qWaitForWindowExposed(m_wizard.get());
        }
    }

    ~WizardDriver()
    {
        m_wizard.reset();
        ui::DialogProvider::setInstance(nullptr);
        // Widgets deleted with deleteLater() (and the job results they drop) go now, before cleanup() looks.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    WizardDriver(const WizardDriver&) = delete;
    WizardDriver& operator=(const WizardDriver&) = delete;

    ui::CertMendWizard& wizard() const { return *m_wizard; }
    ui::WizardSession& session() const { return m_wizard->session(); }
    ScriptedDialogs& dialogs() { return m_dialogs; }
    int currentId() const { return m_wizard->currentId(); }
    QWizardPage* currentPage() const { return m_wizard->currentPage(); }
    const QString& failure() const { return m_failure; }

    /// The widget called `objectName` on the current page, else anywhere in the wizard (null when none).
    template <typename T = QWidget> T* find(const QString& objectName) const
    {
        if (QWizardPage* page = m_wizard->currentPage()) {
            if (T* onPage = page->findChild<T*>(objectName))
                return onPage;
        }
        return m_wizard->findChild<T*>(objectName);
    }
    /// The widget called `objectName` on page `pageId` (null when none).
    template <typename T = QWidget> T* findOnPage(int pageId, const QString& objectName) const
    {
        QWizardPage* page = m_wizard->page(pageId);
        return page ? page->findChild<T*>(objectName) : nullptr;
    }
    /// The page `pageId` as its class (null when absent or of another class).
    template <typename T> T* page(int pageId) const { return qobject_cast<T*>(m_wizard->page(pageId)); }

    QAbstractButton* button(QWizard::WizardButton which) const { return m_wizard->button(which); }

    /// Clicks a wizard button with the mouse; false when it is hidden or disabled.
    bool click(QWizard::WizardButton which)
    {
        QAbstractButton* b = m_wizard->button(which);
        if (!b || !b->isVisible() || !b->isEnabled())
            return fail(QStringLiteral("the %1 button is not clickable on page %2").arg(buttonName(which), pageName()));
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    }
    /// Clicks a check box, radio button or push button where a user would: radio buttons and check boxes react
    /// only to clicks on their indicator and text, not on the empty part of a row a layout stretched them to.
    static void clickButton(QAbstractButton* button)
    {
        const bool indicator = qobject_cast<QRadioButton*>(button) || qobject_cast<QCheckBox*>(button);
        QTest::mouseClick(button, Qt::LeftButton, {},
                          indicator ? QPoint(button->height() / 2, button->height() / 2) : button->rect().center());
    }
    bool next() { return click(QWizard::NextButton); }
    bool back() { return click(QWizard::BackButton); }
    bool commit() { return click(QWizard::CommitButton); }
    bool finish() { return click(QWizard::FinishButton); }
    bool cancel() { return click(QWizard::CancelButton); }

    /// Waits until page `pageId` is the current one.
    bool waitForPage(int pageId, int timeoutMs = DefaultTimeoutMs)
    {
        if (QTest::qWaitFor([&] { return m_wizard->currentId() == pageId; }, timeoutMs))
            return true;
        return fail(
            QStringLiteral("expected page %1, still on %2").arg(ui::CertMendWizard::pageName(pageId), pageName()));
    }
    /// Waits until the current page is complete (e.g. the scan finished).
    bool waitForComplete(int timeoutMs = DefaultTimeoutMs)
    {
        if (QTest::qWaitFor([&] { return currentPage() && currentPage()->isComplete(); }, timeoutMs))
            return true;
        return fail(QStringLiteral("page %1 did not complete").arg(pageName()));
    }
    /// From the current page, waits for each page to complete and clicks Next (or Commit) until `pageId` shows.
    bool goTo(int pageId, int timeoutMs = DefaultTimeoutMs)
    {
        for (int steps = 0; steps < 12; ++steps) {
            if (m_wizard->currentId() == pageId)
                return true;
            if (!waitForComplete(timeoutMs))
                return false;
            const int before = m_wizard->currentId();
            const bool commitPage = currentPage()->isCommitPage();
            if (!click(commitPage ? QWizard::CommitButton : QWizard::NextButton))
                return false;
            if (!QTest::qWaitFor([&] { return m_wizard->currentId() != before; }, timeoutMs))
                return fail(QStringLiteral("Next did not leave page %1").arg(pageName()));
        }
        return fail(QStringLiteral("page %1 not reached").arg(ui::CertMendWizard::pageName(pageId)));
    }

    /// On the Welcome page: chooses training scenario `id` by clicking its row.
    bool chooseScenario(const QString& id)
    {
        auto* radio = findOnPage<QRadioButton>(ui::WelcomePageId, QStringLiteral("scenarioRadioButton"));
        auto* list = findOnPage<QListView>(ui::WelcomePageId, QStringLiteral("sourceScenarioListView"));
        if (!radio || !list)
            return fail(QStringLiteral("the Welcome page has no scenario list"));
        clickButton(radio);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(ui::ScenarioListModel::IdRole).toString() != id)
                continue;
            list->scrollTo(index);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
            if (list->currentIndex() != index)
                return fail(QStringLiteral("clicking scenario %1 did not select it").arg(id));
            return true;
        }
        return fail(QStringLiteral("no scenario %1 in the list").arg(id));
    }
    /// On the Welcome page: chooses "A snapshot folder or certificate file…" and types `path`.
    bool chooseSnapshot(const QString& path)
    {
        auto* radio = findOnPage<QRadioButton>(ui::WelcomePageId, QStringLiteral("snapshotRadioButton"));
        auto* edit = findOnPage<QLineEdit>(ui::WelcomePageId, QStringLiteral("snapshotPathLineEdit"));
        if (!radio || !edit)
            return fail(QStringLiteral("the Welcome page has no snapshot field"));
        clickButton(radio);
        if (!radio->isChecked())
            return fail(QStringLiteral("clicking the snapshot choice did not select it"));
        edit->clear();
        QTest::keyClicks(edit, path);
        return edit->text() == path || fail(QStringLiteral("typing the path into the field failed"));
    }

    /// Everything the wizard writes outside the snapshot goes to one temporary folder removed at exit: QSettings
    /// (organization "CertMend"), QStandardPaths' locations (training copies), the backup folder.
    static void isolateSettings()
    {
        static bool done = false;
        if (done)
            return;
        done = true;
        const QString folder = scratchPath();
        // HOME as well: on Linux the documents folder and QStandardPaths' test locations hang off it.
        qputenv("HOME", QFile::encodeName(folder));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(folder + QStringLiteral("/config")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(folder + QStringLiteral("/data")));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(folder + QStringLiteral("/cache")));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CertMend"));
        QCoreApplication::setApplicationName(QStringLiteral("CertMendTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder + QStringLiteral("/settings"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder + QStringLiteral("/settings"));
        ui::BackupLocation::remember(defaultBackupFolder());
    }
    /// The temporary folder isolateSettings() uses.
    static QString scratchPath()
    {
        static QTemporaryDir folder;
        return folder.path();
    }
    /// The backup folder the wizard uses in tests (unless a test remembers another one).
    static QString defaultBackupFolder() { return scratchPath() + QStringLiteral("/backups"); }

    /// Visible top-level windows, by class and objectName: cleanup() expects none.
    static QStringList leftoverWindows()
    {
        QStringList names;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible())
                names.append(QStringLiteral("%1 \"%2\"")
                                 .arg(QLatin1String(widget->metaObject()->className()), widget->objectName()));
        }
        return names;
    }

private:
    bool fail(const QString& why)
    {
        m_failure = why;
        return false;
    }
    QString pageName() const { return ui::CertMendWizard::pageName(m_wizard->currentId()); }
    static QString buttonName(QWizard::WizardButton which)
    {
        switch (which) {
        case QWizard::BackButton:
            return QStringLiteral("Back");
        case QWizard::NextButton:
            return QStringLiteral("Next");
        case QWizard::CommitButton:
            return QStringLiteral("Commit");
        case QWizard::FinishButton:
            return QStringLiteral("Finish");
        case QWizard::CancelButton:
            return QStringLiteral("Cancel");
        default:
            return QString::number(which);
        }
    }

    ScriptedDialogs m_dialogs;
    std::unique_ptr<ui::CertMendWizard> m_wizard;
    QString m_failure;
};

} // namespace certmend::test
