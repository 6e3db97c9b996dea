#include "app/core/ClientSettings.h"

#include <algorithm>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QString ClientSettings::language() const
{
    return m_settings.value(u"language"_s).toString();
}

void ClientSettings::setLanguage(const QString &code)
{
    m_settings.setValue(u"language"_s, code);
}

QString ClientSettings::databasePath() const
{
    return m_settings.value(u"database/path"_s).toString();
}

void ClientSettings::setDatabasePath(const QString &path)
{
    m_settings.setValue(u"database/path"_s, path);
}

QString ClientSettings::serverUrl() const
{
    return m_settings.value(u"server/url"_s).toString();
}

void ClientSettings::setServerUrl(const QString &url)
{
    m_settings.setValue(u"server/url"_s, url);
}

QString ClientSettings::cameraId() const
{
    return m_settings.value(u"camera/id"_s).toString();
}

void ClientSettings::setCameraId(const QString &id)
{
    m_settings.setValue(u"camera/id"_s, id);
}

QString ClientSettings::modelDirectory() const
{
    return m_settings.value(u"models/directory"_s).toString();
}

void ClientSettings::setModelDirectory(const QString &path)
{
    m_settings.setValue(u"models/directory"_s, path);
}

double ClientSettings::recognitionThreshold() const
{
    return m_settings.value(u"recognition/threshold"_s, 0.0).toDouble();
}

void ClientSettings::setRecognitionThreshold(double threshold)
{
    m_settings.setValue(u"recognition/threshold"_s, threshold);
}

double ClientSettings::recognitionMargin() const
{
    return m_settings.value(u"recognition/margin"_s, 0.0).toDouble();
}

void ClientSettings::setRecognitionMargin(double margin)
{
    m_settings.setValue(u"recognition/margin"_s, margin);
}

int ClientSettings::framesToAgree() const
{
    return std::clamp(m_settings.value(u"recognition/framesToAgree"_s, 3).toInt(), 1, 10);
}

void ClientSettings::setFramesToAgree(int frames)
{
    m_settings.setValue(u"recognition/framesToAgree"_s, std::clamp(frames, 1, 10));
}

QSize ClientSettings::cameraResolution() const
{
    return m_settings.value(u"camera/resolution"_s).toSize();
}

void ClientSettings::setCameraResolution(const QSize &size)
{
    if (size.isValid())
        m_settings.setValue(u"camera/resolution"_s, size);
    else
        m_settings.remove(u"camera/resolution"_s);
}

QString ClientSettings::lastUsername() const
{
    return m_settings.value(u"signIn/lastUsername"_s).toString();
}

void ClientSettings::setLastUsername(const QString &username)
{
    m_settings.setValue(u"signIn/lastUsername"_s, username);
}

bool ClientSettings::hasRememberedSession(const QString &databaseKey) const
{
    return m_settings.value(u"signIn/remembered/"_s + databaseKey, false).toBool();
}

void ClientSettings::setRememberedSession(const QString &databaseKey, bool remembered)
{
    if (remembered)
        m_settings.setValue(u"signIn/remembered/"_s + databaseKey, true);
    else
        m_settings.remove(u"signIn/remembered/"_s + databaseKey);
}

QByteArray ClientSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

QByteArray ClientSettings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void ClientSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
    m_settings.setValue(u"window/state"_s, state);
}

} // namespace cd
