#include "app/vision/CameraFrameSource.h"

#include "app/vision/FrameConversion.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCameraFormat>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>
#include <cmath>
#include <optional>

namespace cd {

namespace {

std::optional<QCameraDevice> findDevice(const QByteArray &id)
{
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (devices.isEmpty())
        return std::nullopt;
    if (id.isEmpty())
        return QMediaDevices::defaultVideoInput().isNull() ? devices.first()
                                                           : QMediaDevices::defaultVideoInput();
    for (const QCameraDevice &device : devices) {
        if (device.id() == id)
            return device;
    }
    return std::nullopt;
}

// The device's format at `size` with the highest frame rate.
QCameraFormat bestFormatAt(const QCameraDevice &device, const QSize &size)
{
    QCameraFormat best;
    for (const QCameraFormat &format : device.videoFormats()) {
        if (format.resolution() == size
            && (best.isNull() || format.maxFrameRate() > best.maxFrameRate()))
            best = format;
    }
    return best;
}

} // namespace

CameraFrameSource::CameraFrameSource(QObject *parent)
    : FrameSource(parent), m_devices(new QMediaDevices(this)),
      m_session(new QMediaCaptureSession(this)), m_sink(new QVideoSink(this))
{
    m_session->setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraFrameSource::onVideoFrame);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this,
            &CameraFrameSource::onDevicesChanged);
}

CameraFrameSource::~CameraFrameSource()
{
    releaseCamera();
}

QList<CameraInfo> CameraFrameSource::availableCameras()
{
    QList<CameraInfo> cameras;
    const QCameraDevice defaultDevice = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice &device : QMediaDevices::videoInputs()) {
        CameraInfo info;
        info.id = device.id();
        info.description = device.description();
        info.isDefault = device == defaultDevice;
        for (const QCameraFormat &format : device.videoFormats()) {
            if (!info.resolutions.contains(format.resolution()))
                info.resolutions << format.resolution();
        }
        std::sort(info.resolutions.begin(), info.resolutions.end(), [](QSize a, QSize b) {
            return std::pair(qint64(a.width()) * a.height(), a.width())
                < std::pair(qint64(b.width()) * b.height(), b.width());
        });
        cameras << info;
    }
    return cameras;
}

QSize CameraFrameSource::nearestResolution(const QList<QSize> &available, const QSize &wanted)
{
    if (available.isEmpty())
        return wanted;
    if (wanted.isEmpty())
        return available.first();
    const auto distance = [&wanted](const QSize &size) {
        const double area = std::abs(double(size.width()) * size.height()
                                     - double(wanted.width()) * wanted.height());
        const double shape = std::abs(double(size.width()) / std::max(1, size.height())
                                      - double(wanted.width()) / wanted.height());
        return std::pair(area, shape);
    };
    return *std::min_element(
        available.cbegin(), available.cend(),
        [&](const QSize &a, const QSize &b) { return distance(a) < distance(b); });
}

void CameraFrameSource::start()
{
    if (m_camera)
        return;
    const std::optional<QCameraDevice> device = findDevice(m_deviceId);
    if (!device) {
        if (QMediaDevices::videoInputs().isEmpty())
            fail(tr("No camera was found on this computer. Connect one, or use a video file or "
                    "an image folder instead."));
        else
            fail(tr("The chosen camera is not connected any more. Choose another one."));
        return;
    }
    m_deviceDescription = device->description();
    m_camera = new QCamera(*device, this);
    if (!m_resolution.isEmpty()) {
        QList<QSize> sizes;
        for (const QCameraFormat &format : device->videoFormats())
            sizes << format.resolution();
        const QCameraFormat format = bestFormatAt(*device, nearestResolution(sizes, m_resolution));
        if (!format.isNull())
            m_camera->setCameraFormat(format);
    }
    connect(m_camera, &QCamera::activeChanged, this, &CameraFrameSource::onCameraActiveChanged);
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &detail) { onCameraError(detail); });
    m_session->setCamera(m_camera);
    m_index = 0;
    m_clock.start();
    m_camera->start();
}

void CameraFrameSource::stop()
{
    releaseCamera();
    setActive(false);
}

void CameraFrameSource::releaseCamera()
{
    if (!m_camera)
        return;
    QCamera *camera = m_camera;
    m_camera = nullptr; // first: its last signals must not reach us
    camera->disconnect(this);
    camera->stop();
    m_session->setCamera(nullptr);
    // Stopped above, which releases the device; deleted later because this may run inside one
    // of the camera's own signals (errorOccurred).
    camera->deleteLater();
}

QString CameraFrameSource::description() const
{
    if (!m_deviceDescription.isEmpty())
        return tr("Camera: %1").arg(m_deviceDescription);
    if (const auto device = findDevice(m_deviceId))
        return tr("Camera: %1").arg(device->description());
    return tr("Camera");
}

void CameraFrameSource::onVideoFrame(const QVideoFrame &videoFrame)
{
    QImage image = FrameConversion::toQImage(videoFrame);
    if (image.isNull())
        return;
    Frame frame;
    frame.image = std::move(image);
    frame.index = m_index++;
    frame.timestampMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit frameReady(frame);
}

void CameraFrameSource::onCameraActiveChanged(bool active)
{
    // A camera that stops by itself (unplugged, taken by the system) is let go, so that a later
    // start() opens it afresh; a stop() of ours disconnected before stopping.
    if (!active)
        releaseCamera();
    setActive(active);
}

void CameraFrameSource::onCameraError(const QString &detail)
{
    // Qt Multimedia's text is English and technical: wrap it in a sentence the user can read.
    fail(tr("The camera could not be used (%1). Check that no other program is using it, or "
            "choose another camera.")
             .arg(detail.isEmpty() ? tr("unknown error") : detail));
}

void CameraFrameSource::onDevicesChanged()
{
    if (!m_camera)
        return;
    const QByteArray id = m_camera->cameraDevice().id();
    for (const QCameraDevice &device : QMediaDevices::videoInputs()) {
        if (device.id() == id)
            return;
    }
    fail(tr("The camera was disconnected."));
}

void CameraFrameSource::fail(const QString &message)
{
    releaseCamera();
    setActive(false);
    QMetaObject::invokeMethod(
        this, [this, message] { emit errorOccurred(message); }, Qt::QueuedConnection);
}

} // namespace cd
