#include "ui/FaceEnrolmentSetup.h"

#include "app/core/ClientSettings.h"
#include "app/vision/CameraFrameSource.h"

namespace cd {

FaceEnrolmentSetup FaceEnrolmentSetup::from(const ClientSettings &settings, FaceKeyring *keyring)
{
    FaceEnrolmentSetup setup;
    setup.keyring = keyring;
    setup.recognition.threshold = float(settings.recognitionThreshold());
    setup.recognition.margin = float(settings.recognitionMargin());
    setup.recognition.framesToAgree = settings.framesToAgree();
    setup.modelDirectory = settings.modelDirectory();
    setup.cameraId = settings.cameraId().toUtf8();
    setup.cameraResolution = settings.cameraResolution();
    return setup;
}

FrameSource *FaceEnrolmentSetup::createCamera(QObject *parent) const
{
    if (makeCamera)
        return makeCamera(parent);
    auto *camera = new CameraFrameSource(parent);
    camera->setDeviceId(cameraId);
    camera->setResolution(cameraResolution);
    return camera;
}

} // namespace cd
