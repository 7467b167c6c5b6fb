#pragma once

#include "WizardSession.h"

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace certmend::ui {

/// Step 4: Schannel's client-authentication settings as they are (SendTrustedIssuerList, ClientAuthTrustMode,
/// near-miss value names), each HTTPS binding with its CTL store, the store that really supplies the trusted
/// issuers list and why, and that list's size against the 16 KB limit. Short sentences, links to the sources.
class TrustSettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TrustSettingsPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;

private:
    void showSettings(const ScanResult& scan);
    void showBindings(const ScanResult& scan);
    void showImpact(const ScanResult& scan);

    WizardSession& m_session;
    QLabel* m_sendValue = nullptr;
    QLabel* m_sendExplanation = nullptr;
    QLabel* m_modeValue = nullptr;
    QLabel* m_modeExplanation = nullptr;
    QLabel* m_misspellings = nullptr;
    QWidget* m_bindings = nullptr;
    QVBoxLayout* m_bindingsLayout = nullptr;
    QLabel* m_impact = nullptr;
    QLabel* m_sources = nullptr;
};

} // namespace certmend::ui
