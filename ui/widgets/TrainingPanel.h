#pragma once

#include "scenario/Scenario.h"

#include <QFrame>
#include <QStringList>

#include <optional>

class QLabel;

namespace certmend::ui {

/// The side panel of training mode: the scenario's story and what the trainee should notice, with the points
/// that matter on the current page emphasised. Children: "trainingTitleLabel", "trainingStoryLabel",
/// "trainingNoticeLabel".
class TrainingPanel : public QFrame
{
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);

    void setScenario(const std::optional<Scenario>& scenario);
    /// Emphasises what to notice on page `pageId` (a PageId).
    void setPage(int pageId);
    /// The "what to notice" points emphasised on the current page (all when none is specific to it).
    QStringList emphasised() const { return m_emphasised; }

    QSize sizeHint() const override;

private:
    void refresh();

    std::optional<Scenario> m_scenario;
    int m_page = 0;
    QStringList m_emphasised;
    QLabel* m_title = nullptr;
    QLabel* m_story = nullptr;
    QLabel* m_notice = nullptr;
};

} // namespace certmend::ui
