#include "widgets/TrainingPanel.h"

#include "PageId.h"

#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace certmend::ui {

namespace {

/// Whole words (case-sensitive) that tie a "what to notice" point to the page where the trainee can see it.
QRegularExpression keywordsFor(int pageId)
{
    QStringList words;
    switch (pageId) {
    case FindingsPageId:
        words = {QStringLiteral("Root"),
                 QStringLiteral("self-signed"),
                 QStringLiteral("Intermediate"),
                 QStringLiteral("CA"),
                 QStringLiteral("Group Policy"),
                 QStringLiteral("chain"),
                 QStringLiteral("issuer different"),
                 QStringLiteral("rollover"),
                 QStringLiteral("key"),
                 QStringLiteral("expired"),
                 QStringLiteral("roots")};
        break;
    case TrustSettingsPageId:
        words = {QStringLiteral("SendTrustedIssuerList"),
                 QStringLiteral("ClientAuthTrustMode"),
                 QStringLiteral("binding"),
                 QStringLiteral("Ctl"),
                 QStringLiteral("CTL"),
                 QStringLiteral("schannel"),
                 QStringLiteral("16 KB"),
                 QStringLiteral("issuers list"),
                 QStringLiteral("issuer list"),
                 QStringLiteral("403\\.\\d+"),
                 QStringLiteral("ClientAuthIssuer")};
        break;
    case PlanPageId:
    case ConfirmPageId:
    case ApplyPageId:
    case DonePageId:
        words = {QStringLiteral("[Mm]ove"), QStringLiteral("[Rr]emove"),    QStringLiteral("backup"),
                 QStringLiteral("restart"), QStringLiteral("iisreset"),     QStringLiteral("fix"),
                 QStringLiteral("belongs"), QStringLiteral("Group Policy"), QStringLiteral("gpupdate")};
        break;
    default:
        return {};
    }
    return QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(words.join(QLatin1Char('|'))));
}

QString paragraphs(const QString& text)
{
    QStringList html;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html.append(QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped()));
    return html.join(QString());
}

} // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_story(new QLabel(this))
    , m_notice(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Training notes"));
    m_title->setObjectName(QStringLiteral("trainingTitleLabel"));
    m_story->setObjectName(QStringLiteral("trainingStoryLabel"));
    m_notice->setObjectName(QStringLiteral("trainingNoticeLabel"));
    for (QLabel* label : {m_title, m_story, m_notice}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(10, 10, 10, 10);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_story);
    contentLayout->addWidget(m_notice);
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setMinimumWidth(240);
    setMaximumWidth(300);
    refresh();
}

QSize TrainingPanel::sizeHint() const
{
    return {270, 400};
}

void TrainingPanel::setScenario(const std::optional<Scenario>& scenario)
{
    m_scenario = scenario;
    setVisible(m_scenario.has_value());
    refresh();
}

void TrainingPanel::setPage(int pageId)
{
    m_page = pageId;
    refresh();
}

void TrainingPanel::refresh()
{
    m_emphasised.clear();
    if (!m_scenario) {
        m_title->clear();
        m_story->clear();
        m_notice->clear();
        return;
    }
    m_title->setText(QStringLiteral("<b>%1</b><br><span style='font-size:large'>%2</span>")
                         .arg(tr("Training").toHtmlEscaped(), m_scenario->title.toHtmlEscaped()));

    // The whole story on the first pages; later, the one-line version leaves room for what to look at.
    const bool early = m_page == WelcomePageId || m_page == ScanPageId;
    m_story->setText(early ? paragraphs(m_scenario->narrative)
                           : QStringLiteral("<p><i>%1</i></p>").arg(m_scenario->story.toHtmlEscaped()));

    const QRegularExpression keywords = keywordsFor(m_page);
    const bool pageSpecific = !keywords.pattern().isEmpty();
    for (const QString& point : m_scenario->whatToNotice) {
        if (pageSpecific && keywords.match(point).hasMatch())
            m_emphasised.append(point);
    }
    if (m_emphasised.isEmpty())
        m_emphasised = m_scenario->whatToNotice;

    QString html = QStringLiteral("<p><b>%1</b></p><ul style='margin-left:-20px'>")
                       .arg(!pageSpecific ? tr("What to notice").toHtmlEscaped()
                                          : tr("What to notice on this page").toHtmlEscaped());
    for (const QString& point : m_scenario->whatToNotice) {
        if (m_emphasised.contains(point))
            html += QStringLiteral("<li><b>%1</b></li>").arg(point.toHtmlEscaped());
        else
            html += QStringLiteral("<li><span style='color:gray'>%1</span></li>").arg(point.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_notice->setText(html);
}

} // namespace certmend::ui
