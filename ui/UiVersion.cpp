// Placeholder so that the library has a translation unit until the wizard lands.
namespace certmend::ui {
int uiVersion() { return 1; }
} // namespace certmend::ui
