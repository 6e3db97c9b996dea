#include "app/vision/EnrolmentFrameWorker.h"

namespace cd {

EnrolmentFrameWorker::EnrolmentFrameWorker(std::shared_ptr<FaceEnroller> enroller, QObject *parent)
    : QObject(parent), m_enroller(std::move(enroller))
{
    qRegisterMetaType<cd::Frame>();
    qRegisterMetaType<cd::EnrolmentSample>();
}

EnrolmentFrameWorker::~EnrolmentFrameWorker()
{
    stop();
}

void EnrolmentFrameWorker::start()
{
    if (m_thread || !m_enroller)
        return;
    m_stopping = false;
    m_slot.reopen();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("EnrolmentFrameWorker"));
    m_thread->start();
}

void EnrolmentFrameWorker::stop()
{
    if (!m_thread)
        return;
    m_stopping = true;
    m_slot.close();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void EnrolmentFrameWorker::submit(const Frame &frame)
{
    if (frame.isValid())
        m_slot.put(frame);
}

void EnrolmentFrameWorker::run()
{
    while (!m_stopping) {
        const std::optional<Frame> frame = m_slot.waitAndTake(200);
        if (!frame)
            continue;
        const EnrolmentSample sample = m_enroller->examine(frame->image);
        ++m_examined;
        emit examined(*frame, sample);
    }
}

} // namespace cd
