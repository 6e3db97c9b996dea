#include "app/vision/FrameSource.h"

namespace cd {

FrameSource::FrameSource(QObject *parent) : QObject(parent)
{
    // Queued connections to worker threads need the type registered at run time.
    qRegisterMetaType<cd::Frame>();
}

void FrameSource::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged(active);
}

} // namespace cd
