#include "PlanPage.h"

#include "PageId.h"
#include "jobs/BackupLocation.h"
#include "jobs/MachineAccess.h"
#include "models/PlanChoiceModel.h"
#include "remedy/PlanBuilder.h"
#include "widgets/DialogProvider.h"
#include "widgets/PlanActionDelegate.h"
#include "widgets/StatusBanner.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace certmend::ui {

namespace {

/// Builds the plan for the user's choices; runs on a worker thread (it reads the stores from disk).
Result<RemediationPlan> buildPlan(const std::shared_ptr<const ScanResult>& scan,
                                  const QList<PlanChoiceModel::Row>& rows, const QList<Finding>& findings,
                                  const QStringList& declinedSettings)
{
    auto machine = MachineAccess::open(scan->snapshot.rootPath, false);
    if (!machine)
        return machine.error();
    PlanBuilder builder(*machine->store, machine->registry.get());
    PlanChoiceModel::applyTo(rows, builder);
    auto plan = builder.build(findings);
    if (!plan)
        return plan;
    for (const QString& name : declinedSettings) {
        plan.value().addNote(
            {QString(), name, QCoreApplication::translate("PlanPage", "You chose to leave this setting as it is.")});
    }
    return plan;
}

} // namespace

PlanPage::PlanPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new PlanChoiceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_nothingLabel(new QLabel(this))
    , m_resetButton(new QPushButton(tr("&Reset to recommended"), this))
    , m_backupEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_banner(new StatusBanner(this))
{
    setObjectName(QStringLiteral("planPage"));
    setTitle(tr("Plan the fix"));
    setSubTitle(tr("Check what CertMend will do with each certificate and setting. Nothing changes until you "
                   "confirm on the next page."));

    m_banner->setObjectName(QStringLiteral("planStatusBanner"));
    m_nothingLabel->setObjectName(QStringLiteral("nothingToFixLabel"));
    m_nothingLabel->setWordWrap(true);
    m_nothingLabel->hide();

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("planTableView"));
    m_table->setAccessibleName(tr("Planned actions"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(PlanChoiceModel::ActionColumn, new PlanActionDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->hide();
    // Rows follow the wrapped reason once the stretched column has its final width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(PlanChoiceModel::SubjectColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PlanChoiceModel::StoreColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PlanChoiceModel::ActionColumn, QHeaderView::ResizeToContents);
    m_table->setColumnHidden(PlanChoiceModel::ThumbprintColumn, true); // shown in the preview and on Confirm

    m_resetButton->setObjectName(QStringLiteral("resetChoicesButton"));
    m_backupEdit->setObjectName(QStringLiteral("backupFolderLineEdit"));
    m_backupEdit->setAccessibleName(tr("Backup folder"));
    m_browseButton->setObjectName(QStringLiteral("browseBackupFolderButton"));
    m_browseButton->setAccessibleName(tr("Choose the backup folder"));
    m_preview->setObjectName(QStringLiteral("planPreviewTextEdit"));
    m_preview->setAccessibleName(tr("Preview of the changes"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto* backupLabel = new QLabel(tr("Back up to &folder:"), this);
    backupLabel->setBuddy(m_backupEdit);
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(backupLabel);
    backupRow->addWidget(m_backupEdit, 1);
    backupRow->addWidget(m_browseButton);

    auto* tableRow = new QHBoxLayout;
    tableRow->addStretch(1);
    tableRow->addWidget(m_resetButton);

    auto* previewLabel = new QLabel(tr("&What will change:"), this);
    previewLabel->setBuddy(m_preview);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_nothingLabel);
    layout->addWidget(m_table, 2);
    layout->addLayout(tableRow);
    layout->addLayout(backupRow);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &PlanPage::startPreview);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PlanPage::onPreviewFinished);
    connect(m_model, &PlanChoiceModel::choicesChanged, this, &PlanPage::schedulePreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanPage::openEditors);
    connect(m_resetButton, &QPushButton::clicked, this, [this] {
        m_model->resetToRecommended();
        schedulePreview();
    });
    connect(m_browseButton, &QPushButton::clicked, this, &PlanPage::chooseBackupFolder);
    connect(m_backupEdit, &QLineEdit::textChanged, this, [this] {
        m_banner->clear();
        Q_EMIT completeChanged();
    });
}

PlanPage::~PlanPage()
{
    m_watcher.waitForFinished(); // the worker only reads; waiting is short and keeps `this` out of its way
}

void PlanPage::initializePage()
{
    m_banner->clear();
    m_plan.reset();
    m_preview->clear();
    if (!m_session.scan) {
        m_model->setFindings({});
        m_banner->showMessage(StatusBanner::Kind::Error, tr("There is no scan to plan from. Go back and scan."));
        return;
    }
    m_model->setFindings(m_session.scan->findings);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    const bool nothing = m_model->rowCount() == 0;
    m_nothingLabel->setVisible(nothing);
    m_table->setVisible(!nothing);
    m_resetButton->setVisible(!nothing);
    if (nothing) {
        m_nothingLabel->setText(m_session.scan->hasProblems()
                                    ? tr("Nothing here is for CertMend to change: the findings need a decision or a "
                                         "change elsewhere (see the Findings page).")
                                    : tr("Nothing to fix: no certificate or setting needs a change."));
    }
    if (m_backupEdit->text().isEmpty())
        m_backupEdit->setText(QDir::toNativeSeparators(m_session.backupRoot.isEmpty() ? BackupLocation::current()
                                                                                      : m_session.backupRoot));
    QString why;
    if (!nothing && !canApply(&why))
        m_banner->showMessage(StatusBanner::Kind::Warning, why);
    schedulePreview();
}

bool PlanPage::canApply(QString* why) const
{
    if (!m_session.scan)
        return false;
    if (m_session.isTraining() || m_session.scan->snapshot.writable)
        return true;
    if (why) {
        *why = m_session.scan->snapshot.isSingleFile()
                   ? tr("%1 is a single file: CertMend can show the plan but cannot change it. Scan a snapshot "
                        "folder to fix it.")
                         .arg(QDir::toNativeSeparators(m_session.scan->snapshot.rootPath))
                   : tr("%1 cannot be written: CertMend can show the plan but cannot change it.")
                         .arg(QDir::toNativeSeparators(m_session.scan->snapshot.rootPath));
    }
    return false;
}

void PlanPage::openEditors()
{
    m_table->resizeRowsToContents();
    // Combos always visible: a helpdesk user should see that the action can be changed, not discover it.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_table->openPersistentEditor(m_proxy->index(row, PlanChoiceModel::ActionColumn));
}

void PlanPage::schedulePreview()
{
    m_pending = true;
    m_debounce.start();
    Q_EMIT completeChanged();
}

void PlanPage::startPreview()
{
    if (!m_session.scan)
        return;
    if (m_watcher.isRunning()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    const auto scan = m_session.scan;
    const QList<PlanChoiceModel::Row> rows = m_model->rows();
    const QList<Finding> findings = m_model->selectedFindings(scan->findings);
    const QStringList declined = m_model->declinedSettings();
    m_watcher.setFuture(QtConcurrent::run([scan, rows, findings, declined] {
        return std::make_shared<Result<RemediationPlan>>(buildPlan(scan, rows, findings, declined));
    }));
}

void PlanPage::onPreviewFinished()
{
    if (m_dirty) {
        startPreview();
        return;
    }
    m_pending = false;
    const Outcome outcome = m_watcher.result();
    if (outcome && *outcome) {
        m_plan = outcome->value();
        m_preview->setPlainText(m_plan->toText());
        if (m_banner->kind() == StatusBanner::Kind::Error)
            m_banner->clear();
    } else {
        m_plan.reset();
        m_preview->clear();
        m_banner->showMessage(
            StatusBanner::Kind::Error,
            tr("The plan could not be made: %1").arg(outcome ? outcome->error().message() : tr("internal error")));
    }
    Q_EMIT completeChanged();
    Q_EMIT previewUpdated();
}

void PlanPage::chooseBackupFolder()
{
    const QString chosen =
        DialogProvider::instance().existingDirectory(this, tr("Choose the backup folder"), m_backupEdit->text());
    if (!chosen.isEmpty())
        m_backupEdit->setText(QDir::toNativeSeparators(chosen));
}

bool PlanPage::isComplete() const
{
    if (m_pending || !m_plan)
        return false;
    if (m_plan->isEmpty())
        return true; // goes to Done: "nothing was changed"
    return !m_backupEdit->text().trimmed().isEmpty() && canApply(nullptr);
}

int PlanPage::nextId() const
{
    if (m_plan && m_plan->isEmpty())
        return DonePageId;
    return ConfirmPageId;
}

bool PlanPage::validatePage()
{
    if (!m_plan || m_pending)
        return false;
    QString why;
    if (!m_plan->isEmpty() && !canApply(&why)) {
        m_banner->showMessage(StatusBanner::Kind::Error, why);
        return false;
    }
    const QString folder = QDir::cleanPath(QDir::fromNativeSeparators(m_backupEdit->text().trimmed()));
    if (!m_plan->isEmpty()) {
        const QFileInfo info(folder);
        if (!QDir::isAbsolutePath(folder)) {
            m_banner->showMessage(StatusBanner::Kind::Error,
                                  tr("Give the backup folder as a full path, e.g. %1.")
                                      .arg(QDir::toNativeSeparators(BackupLocation::defaultFolder())));
            return false;
        }
        if (info.exists() && !info.isDir()) {
            m_banner->showMessage(StatusBanner::Kind::Error,
                                  tr("%1 is a file, not a folder. Choose a folder for the backup.")
                                      .arg(QDir::toNativeSeparators(folder)));
            return false;
        }
        BackupLocation::remember(folder);
    }
    m_session.plan = *m_plan;
    m_session.backupRoot = folder;
    return true;
}

} // namespace certmend::ui
