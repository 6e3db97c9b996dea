#pragma once

#include "app/core/Result.h"
#include "app/vision/FaceEnroller.h"
#include "ui/FaceKeyring.h"

#include <QPointer>
#include <QSize>

#include <functional>
#include <memory>

namespace cd {

class ClientSettings;
class FrameSource;

// What the enrolment dialogs need from this computer: the template key, the recognition settings
// (templates must come from the recogniser that will compare them), the camera and where the
// models are. The main window builds it with from(); tests fill it in, giving a frame source of
// their own instead of a camera.
struct FaceEnrolmentSetup
{
    QPointer<FaceKeyring> keyring; // null: templates cannot be stored (the dialogs say so)
    LiveSettings recognition;
    QString modelDirectory; // empty: the usual places (ModelLocator)
    QByteArray cameraId; // empty: the system's default camera
    QSize cameraResolution; // empty: the camera's own choice
    // Makes the preview's source; empty: a CameraFrameSource with cameraId and cameraResolution.
    std::function<FrameSource *(QObject *parent)> makeCamera;

    static FaceEnrolmentSetup from(const ClientSettings &settings, FaceKeyring *keyring);

    FrameSource *createCamera(QObject *parent) const;
};

} // namespace cd
