#pragma once

namespace certmend::ui {

/// The wizard's pages, in the order a fix goes through them (QWizard page ids).
enum PageId
{
    WelcomePageId,
    ScanPageId,
    FindingsPageId,
    TrustSettingsPageId,
    PlanPageId,
    ConfirmPageId,
    ApplyPageId,
    DonePageId,
    RestorePageId, ///< "Restore a backup…" and "Undo now" land here
};

} // namespace certmend::ui
