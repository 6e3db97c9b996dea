#include "ui/BulkFaceEnrolment.h"

#include "app/core/EnrolmentPhotos.h"
#include "app/store/CourseRepository.h"
#include "app/store/FaceTemplateRepository.h"
#include "app/store/StudentRepository.h"

#include <QDir>
#include <QImageReader>

namespace cd {

namespace {

// The class list with each student's consent.
Result<QList<EnrolmentCandidate>> classList(const Database &db, const Id &courseId,
                                            const Actor &actor)
{
    auto enrolled = CourseRepository(db).enrolledStudents(courseId, actor);
    if (!enrolled)
        return enrolled.error();
    QList<EnrolmentCandidate> candidates;
    StudentRepository students(db);
    for (const EnrolledStudent &entry : *enrolled) {
        auto student = students.find(entry.student.id, actor);
        if (!student)
            return student.error();
        candidates << EnrolmentCandidate{
            student->id, student->studentNumber,
            BulkFaceEnrolment::tr("%1 %2").arg(student->firstName, student->lastName),
            student->consent.granted};
    }
    return candidates;
}

} // namespace

BulkFaceEnrolment::BulkFaceEnrolment(const Database &db, const Actor &actor, QObject *parent)
    : QObject(parent), m_db(db), m_actor(actor)
{
    qRegisterMetaType<cd::BulkEnrolmentRow>();
}

BulkFaceEnrolment::~BulkFaceEnrolment()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BulkFaceEnrolment::start(const QString &folder, const Id &courseId,
                              std::shared_ptr<FaceEnroller> enroller, FaceKeyring::Cipher cipher)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_thread = QThread::create([=, this] { run(folder, courseId, enroller, cipher); });
    m_thread->setObjectName(QStringLiteral("BulkFaceEnrolment"));
    m_thread->start();
}

void BulkFaceEnrolment::cancel()
{
    m_cancel = true;
}

void BulkFaceEnrolment::run(const QString &folder, const Id &courseId,
                            std::shared_ptr<FaceEnroller> enroller, FaceKeyring::Cipher cipher)
{
    if (!QDir(folder).exists()) {
        emit finished(false,
                      tr("The folder %1 cannot be read.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    auto students = classList(m_db, courseId, m_actor);
    if (!students) {
        emit finished(false, students.error().message);
        return;
    }
    const QList<EnrolmentPhoto> photos
        = EnrolmentPhotos::match(EnrolmentPhotos::listFolder(folder), *students);
    emit started(int(photos.size()));
    FaceTemplateRepository templates(m_db, *cipher);
    for (const EnrolmentPhoto &photo : photos) {
        if (m_cancel) {
            emit finished(true, {});
            return;
        }
        BulkEnrolmentRow row;
        row.fileName = photo.fileName;
        if (!photo.student.id.isEmpty())
            row.student = tr("%1 (%2)").arg(photo.student.name, photo.student.studentNumber);
        if (photo.match != EnrolmentPhoto::Match::Student) {
            row.outcome = EnrolmentPhotos::reason(photo);
            emit photoDone(row);
            continue;
        }
        QImageReader reader(photo.path);
        reader.setAutoTransform(true);
        const EnrolmentSample sample = enroller->examine(reader.read());
        if (!sample.usable()) {
            row.outcome = FaceEnroller::advice(sample.issue);
            emit photoDone(row);
            continue;
        }
        auto added = templates.add(photo.student.id, sample.model, sample.templateBytes,
                                   sample.quality, m_actor);
        row.enrolled = bool(added);
        row.outcome = added ? tr("Enrolled") : added.error().message;
        emit photoDone(row);
    }
    emit finished(false, {});
}

} // namespace cd
