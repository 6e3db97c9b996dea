#pragma once

#include "app/vision/FrameSource.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QSize>

class QCamera;
class QMediaCaptureSession;
class QMediaDevices;
class QVideoFrame;
class QVideoSink;

namespace cd {

// A camera as the system lists it.
struct CameraInfo
{
    QByteArray id; // QCameraDevice::id(), what CameraFrameSource::setDeviceId() takes
    QString description; // for the UI
    bool isDefault = false;
    QList<QSize> resolutions; // of its video formats, distinct, smallest first
};

// A camera through Qt Multimedia: QCamera -> QMediaCaptureSession -> QVideoSink; each
// QVideoFrame becomes a Format_RGB32 Frame (timestamp from start()). With no camera, or a device
// that is gone, start() fails with a translated errorOccurred and the source stays inactive;
// errors QCamera reports later are forwarded the same way. stop() deletes the QCamera, which
// releases the device (its light goes off). Never finished().
class CameraFrameSource : public FrameSource
{
    Q_OBJECT

public:
    explicit CameraFrameSource(QObject *parent = nullptr);
    ~CameraFrameSource() override;

    static QList<CameraInfo> availableCameras(); // empty when there is none
    // Of `available`, the one closest in pixel count to `wanted` (then in shape); `wanted` when
    // `available` is empty, the first when `wanted` is empty.
    static QSize nearestResolution(const QList<QSize> &available, const QSize &wanted);

    // Which camera (empty: the system's default) and resolution (empty: the camera's default;
    // otherwise the nearest it supports) the next start() uses.
    void setDeviceId(const QByteArray &id) { m_deviceId = id; }
    QByteArray deviceId() const { return m_deviceId; }
    void setResolution(const QSize &size) { m_resolution = size; }
    QSize resolution() const { return m_resolution; }

    void start() override;
    void stop() override;
    QString description() const override;

    // Where the camera's frames arrive; every valid frame set on it becomes a frameReady. Public
    // so that tests on machines without a camera can feed it frames.
    QVideoSink *videoSink() const { return m_sink; }

private:
    void onVideoFrame(const QVideoFrame &videoFrame);
    void onCameraActiveChanged(bool active);
    void onCameraError(const QString &detail);
    void onDevicesChanged();
    void fail(const QString &message); // stops, then reports (queued, so never inside start())
    void releaseCamera();

    QByteArray m_deviceId;
    QSize m_resolution;
    QString m_deviceDescription;
    QMediaDevices *m_devices = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QVideoSink *m_sink = nullptr;
    QCamera *m_camera = nullptr;
    QElapsedTimer m_clock;
    qint64 m_index = 0;
};

} // namespace cd
