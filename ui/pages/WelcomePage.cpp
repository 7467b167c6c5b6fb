#include "pages/WelcomePage.h"

#include "PageId.h"
#include "jobs/BackupLocation.h"
#include "models/ScenarioListModel.h"
#include "remedy/JournalScanner.h"
#include "scenario/ScenarioCatalog.h"
#include "widgets/DialogProvider.h"
#include "widgets/InlineBanner.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSysInfo>
#include <QVBoxLayout>
#include <QWizard>

namespace certmend::ui {

namespace {

/// Indents the widgets that belong to a radio button, so the eye groups them with it.
QWidget* indented(QWidget* child)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(child);
    return box;
}

/// The folder the last Browse… ended in (QSettings), so the next one starts there.
QString lastBrowseFolder()
{
    return QSettings().value(QStringLiteral("folders/snapshot")).toString();
}

} // namespace

WelcomePage::WelcomePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_scenarios(new ScenarioListModel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Welcome to CertMend"));
    setSubTitle(tr("CertMend finds why IIS rejects client certificates with 403.16 or 403.7 — a certificate in the "
                   "wrong Windows store, or Schannel settings that shrink the list of trusted issuers. It shows "
                   "what is wrong in plain words and fixes it with a backup you can undo."));

    m_journalBanner = new InlineBanner(this);
    m_journalBanner->setObjectName(QStringLiteral("journalBanner"));
    connect(m_journalBanner, &InlineBanner::actionTriggered, this, [this] {
        m_session.restoreBundle = m_interruptedBundle;
        setChoice(Choice::Restore);
        wizard()->next();
    });

    auto* question = new QLabel(tr("Which machine should CertMend look at?"), this);
    question->setObjectName(QStringLiteral("sourceQuestionLabel"));

    m_thisComputer = new QRadioButton(tr("T&his computer"), this);
    m_thisComputer->setObjectName(QStringLiteral("thisComputerRadioButton"));
    m_thisComputerReason = new QLabel(this);
    m_thisComputerReason->setObjectName(QStringLiteral("thisComputerReasonLabel"));
    m_thisComputerReason->setWordWrap(true);
    m_thisComputerReason->setEnabled(false);
    // The live machine is read through certmend-winhelper (CryptoAPI, registry, HTTP.sys), which exists on Windows
    // only.
    const bool windows = QSysInfo::productType() == QLatin1String("windows");
    m_thisComputer->setEnabled(windows);
    m_thisComputerReason->setText(
        windows ? tr("Reads this server's certificate stores, Schannel settings and HTTPS bindings. Changing them "
                     "needs CertMend to run as administrator.")
                : tr("Only on Windows: this computer runs %1. Open a snapshot folder taken on the server instead.")
                      .arg(QSysInfo::prettyProductName()));

    m_snapshot = new QRadioButton(tr("A snapshot &folder or certificate file…"), this);
    m_snapshot->setObjectName(QStringLiteral("snapshotRadioButton"));
    m_snapshotPath = new QLineEdit(this);
    m_snapshotPath->setObjectName(QStringLiteral("snapshotPathLineEdit"));
    m_snapshotPath->setAccessibleName(tr("Snapshot folder or certificate file"));
    m_snapshotPath->setPlaceholderText(tr("A folder with manifest.json and stores/, or a .cer, .p7b or .sst file"));
    m_snapshotPath->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseSnapshotPushButton"));
    m_browse->setAccessibleName(tr("Browse for a snapshot"));
    auto* pathRow = new QWidget(this);
    auto* pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_snapshotPath, 1);
    pathLayout->addWidget(m_browse);

    m_scenario = new QRadioButton(tr("A &training scenario"), this);
    m_scenario->setObjectName(QStringLiteral("scenarioRadioButton"));
    m_scenarioList = new QListView(this);
    m_scenarioList->setObjectName(QStringLiteral("sourceScenarioListView"));
    m_scenarioList->setAccessibleName(tr("Training scenarios"));
    m_scenarioList->setModel(m_scenarios);
    m_scenarioList->setWordWrap(true);
    m_scenarioList->setSpacing(2);
    m_scenarioList->setAlternatingRowColors(true);
    m_scenarioList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scenarioList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scenarios->setScenarios(ScenarioCatalog::all());

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    m_restore = new QRadioButton(tr("&Restore a backup… (undo an earlier fix)"), this);
    m_restore->setObjectName(QStringLiteral("restoreRadioButton"));

    m_choices = new QButtonGroup(this);
    m_choices->addButton(m_thisComputer, static_cast<int>(Choice::ThisComputer));
    m_choices->addButton(m_snapshot, static_cast<int>(Choice::Snapshot));
    m_choices->addButton(m_scenario, static_cast<int>(Choice::Scenario));
    m_choices->addButton(m_restore, static_cast<int>(Choice::Restore));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_journalBanner);
    layout->addWidget(question);
    layout->addWidget(m_thisComputer);
    layout->addWidget(indented(m_thisComputerReason));
    layout->addWidget(m_snapshot);
    layout->addWidget(indented(pathRow));
    layout->addWidget(m_scenario);
    layout->addWidget(indented(m_scenarioList), 1);
    layout->addWidget(separator);
    layout->addWidget(m_restore);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateEnabled();
    });
    connect(m_browse, &QPushButton::clicked, this, &WelcomePage::browse);
    connect(m_snapshotPath, &QLineEdit::textChanged, this, &WelcomePage::completeChanged);
    connect(m_scenarioList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_scenario->isChecked())
            m_scenario->setChecked(true);
        Q_EMIT completeChanged();
        Q_EMIT choiceChanged();
    });
    connect(m_scenarioList, &QListView::doubleClicked, this, [this] { wizard()->next(); });

    setTabOrder(m_thisComputer, m_snapshot);
    setTabOrder(m_snapshot, m_snapshotPath);
    setTabOrder(m_snapshotPath, m_browse);
    setTabOrder(m_browse, m_scenario);
    setTabOrder(m_scenario, m_scenarioList);
    setTabOrder(m_scenarioList, m_restore);

    selectScenario(ScenarioCatalog::defaultId());
}

void WelcomePage::initializePage()
{
    switch (m_session.sourceKind) {
    case WizardSession::SourceKind::Scenario:
        if (m_session.scenario)
            selectScenario(m_session.scenario->id);
        break;
    case WizardSession::SourceKind::SnapshotPath:
        setSnapshotPath(m_session.sourcePath);
        break;
    case WizardSession::SourceKind::ThisComputer:
    case WizardSession::SourceKind::RestoreBackup:
        break;
    }
    // Restoring needs the Restore page; without it (a build without it) the choice would lead nowhere.
    m_restore->setEnabled(wizard() && wizard()->page(RestorePageId));
    checkForInterruptedFix();
    updateEnabled();
}

void WelcomePage::checkForInterruptedFix()
{
    m_interruptedBundle.clear();
    const QString backupRoot = m_session.backupRoot.isEmpty() ? BackupLocation::current() : m_session.backupRoot;
    if (!QFileInfo(backupRoot).isDir()) {
        m_journalBanner->clear();
        return;
    }
    const QList<JournalScanner::Incomplete> incomplete = JournalScanner::findIncomplete(backupRoot);
    if (incomplete.isEmpty()) {
        m_journalBanner->clear();
        return;
    }
    // The newest interruption matters most: it is the one that left a store half changed.
    const JournalScanner::Incomplete& last = incomplete.last();
    m_interruptedBundle = last.bundlePath;
    m_journalBanner->showMessage(
        InlineBanner::Kind::Warning,
        tr("<b>A fix was interrupted.</b> The backup %1 (machine %2) records a change that did not finish. "
           "Restore it first so that the store is as it was before.")
            .arg(QDir::toNativeSeparators(last.bundlePath).toHtmlEscaped(), last.hostName.toHtmlEscaped()),
        tr("Re&cover…"));
    m_journalBanner->actionButton()->setEnabled(m_restore->isEnabled());
}

void WelcomePage::updateEnabled()
{
    const Choice current = choice();
    m_snapshotPath->setEnabled(current == Choice::Snapshot);
    m_browse->setEnabled(current == Choice::Snapshot);
    m_scenarioList->setEnabled(current == Choice::Scenario);
    Q_EMIT completeChanged();
    Q_EMIT choiceChanged();
}

WelcomePage::Choice WelcomePage::choice() const
{
    const int id = m_choices->checkedId();
    return id < 0 ? Choice::Scenario : static_cast<Choice>(id);
}

void WelcomePage::setChoice(Choice choice)
{
    if (QAbstractButton* button = m_choices->button(static_cast<int>(choice)))
        button->setChecked(true);
    updateEnabled();
}

bool WelcomePage::selectScenario(const QString& id)
{
    const int row = m_scenarios->rowOf(id);
    if (row < 0)
        return false;
    m_scenario->setChecked(true);
    m_scenarioList->setCurrentIndex(m_scenarios->index(row));
    updateEnabled();
    return true;
}

std::optional<Scenario> WelcomePage::chosenScenario() const
{
    if (choice() != Choice::Scenario)
        return std::nullopt;
    const int row = m_scenarios->rowOf(selectedScenarioId());
    return row < 0 ? std::nullopt : std::optional<Scenario>(m_scenarios->scenario(row));
}

QString WelcomePage::selectedScenarioId() const
{
    const QModelIndex current = m_scenarioList->currentIndex();
    return current.isValid() ? current.data(ScenarioListModel::IdRole).toString() : QString();
}

void WelcomePage::setSnapshotPath(const QString& path)
{
    m_snapshot->setChecked(true);
    m_snapshotPath->setText(QDir::toNativeSeparators(path));
    updateEnabled();
}

void WelcomePage::browse()
{
    const QString current = QDir::fromNativeSeparators(m_snapshotPath->text().trimmed());
    const QString chosen = DialogProvider::instance().openFileOrFolder(
        this, tr("Open a snapshot folder or certificate file"), current.isEmpty() ? lastBrowseFolder() : current,
        tr("Snapshots and certificates (manifest.json *.cer *.crt *.der *.pem *.p7b *.sst);;All files (*)"));
    if (chosen.isEmpty())
        return;
    setSnapshotPath(chosen);
    QSettings().setValue(QStringLiteral("folders/snapshot"), QFileInfo(chosen).absolutePath());
}

bool WelcomePage::isComplete() const
{
    switch (choice()) {
    case Choice::ThisComputer:
        return m_thisComputer->isEnabled();
    case Choice::Snapshot:
        return !m_snapshotPath->text().trimmed().isEmpty();
    case Choice::Scenario:
        return !selectedScenarioId().isEmpty();
    case Choice::Restore:
        return m_restore->isEnabled();
    }
    return false;
}

bool WelcomePage::validatePage()
{
    switch (choice()) {
    case Choice::ThisComputer:
        m_session.useSnapshotPath(
            QStringLiteral("live")); // MachineScanner and MachineAccess read "live" as this computer
        m_session.sourceKind = WizardSession::SourceKind::ThisComputer;
        return true;
    case Choice::Snapshot:
        // A missing path is reported by the scan, inline, with the file name: that is where errors are shown.
        m_session.useSnapshotPath(QDir::fromNativeSeparators(m_snapshotPath->text().trimmed()));
        return true;
    case Choice::Scenario: {
        const std::optional<Scenario> scenario = ScenarioCatalog::find(selectedScenarioId());
        if (!scenario)
            return false;
        m_session.useScenario(*scenario);
        return true;
    }
    case Choice::Restore:
        m_session.sourceKind = WizardSession::SourceKind::RestoreBackup;
        return true;
    }
    return false;
}

int WelcomePage::nextId() const
{
    return choice() == Choice::Restore ? RestorePageId : ScanPageId;
}

} // namespace certmend::ui
