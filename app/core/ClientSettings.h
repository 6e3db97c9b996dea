#pragma once

#include <QSettings>
#include <QSize>

namespace cd {

// This computer's preferences for the desktop app (QSettings: ~/.config/CampusDesk on Linux).
// Nothing secret is kept here: remembered sign-ins live in the OS keychain.
class ClientSettings
{
public:
    ClientSettings() = default;

    // Empty: follow the system's language.
    QString language() const;
    void setLanguage(const QString &code);

    // The school database this computer opens; empty until the first-run wizard has run.
    QString databasePath() const;
    void setDatabasePath(const QString &path);

    QString serverUrl() const;
    void setServerUrl(const QString &url);

    // The camera's device id (QCameraDevice::id); empty: the system's default camera.
    QString cameraId() const;
    void setCameraId(const QString &id);

    // Where face models are looked for first; empty: the data directory's models/ folder.
    QString modelDirectory() const;
    void setModelDirectory(const QString &path);

    // Face recognition, tuned in Settings. A threshold or margin of 0 keeps the recogniser's
    // shipped value (measured in `face eval`); frames to agree is 1..10, 3 by default.
    double recognitionThreshold() const;
    void setRecognitionThreshold(double threshold);
    double recognitionMargin() const;
    void setRecognitionMargin(double margin);
    int framesToAgree() const;
    void setFramesToAgree(int frames);
    // The camera's resolution; an empty size: the camera's own choice.
    QSize cameraResolution() const;
    void setCameraResolution(const QSize &size);

    QString lastUsername() const;
    void setLastUsername(const QString &username);

    // Whether this computer keeps a remembered sign-in for the database with this key (the
    // secret itself is in the keychain; this only spares asking the keychain when there is none).
    bool hasRememberedSession(const QString &databaseKey) const;
    void setRememberedSession(const QString &databaseKey, bool remembered);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace cd
