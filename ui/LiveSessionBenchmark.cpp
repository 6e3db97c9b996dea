#include "ui/LiveSessionBenchmark.h"

#include "app/core/ClientSettings.h"
#include "app/core/EventLoopLatency.h"
#include "app/store/AttendanceRepository.h"
#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/FaceTemplateRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/TemplateCipher.h"
#include "app/vision/FaceDataset.h"
#include "app/vision/FaceEnroller.h"
#include "app/vision/ImageSequenceFrameSource.h"
#include "ui/FaceKeyring.h"
#include "ui/LiveAttendanceDialog.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// Runs the event loop until `done()` holds or `ms` pass; whether it held.
template<typename F> bool waitUntil(F &&done, qint64 ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

double percentileOf(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(p * double(values.size() - 1) + 0.5));
}

double rounded(double value)
{
    return std::round(value * 10) / 10;
}

Student studentFor(int number, const QString &identity)
{
    // lfw's folders are First_Last or First_Middle_Last.
    Student s;
    s.studentNumber = u"B%1"_s.arg(number, 4, 10, QChar(u'0'));
    s.firstName = identity.section(u'_', 0, 0);
    s.lastName = identity.section(u'_', 1).replace(u'_', u' ');
    if (s.lastName.isEmpty())
        s.lastName = s.firstName;
    s.email = s.studentNumber.toLower() + u"@bench.example.edu"_s;
    s.phone = u"+1 555 0100 000"_s;
    s.dateOfBirth = QDate(2006, 1, 1);
    s.batch = u"2026"_s;
    s.program = u"Benchmark"_s;
    s.guardians
        = {Guardian{{}, u"Guardian of "_s + s.firstName, u"Parent"_s, u"+1 555 0199 000"_s, {}}};
    return s;
}

QString issueName(EnrolmentIssue issue)
{
    switch (issue) {
    case EnrolmentIssue::None: return u"none"_s;
    case EnrolmentIssue::NotAnImage: return u"not_an_image"_s;
    case EnrolmentIssue::NoFace: return u"no_face"_s;
    case EnrolmentIssue::SeveralFaces: return u"several_faces"_s;
    case EnrolmentIssue::OutOfFrame: return u"out_of_frame"_s;
    case EnrolmentIssue::TooSmall: return u"too_small"_s;
    case EnrolmentIssue::TurnedAway: return u"turned_away"_s;
    case EnrolmentIssue::Blurry: return u"blurry"_s;
    }
    return {};
}

} // namespace

QJsonObject LiveBenchResult::toJson() const
{
    QJsonObject because;
    for (auto it = rejectedBecause.cbegin(); it != rejectedBecause.cend(); ++it)
        because.insert(it.key(), it.value());
    return QJsonObject{
        {u"rejected_because"_s, because},
        {u"stranger_marked"_s, strangerMarked},
        {u"identities"_s, identities},
        {u"enrolled_shown"_s, enrolledShown},
        {u"strangers_shown"_s, strangersShown},
        {u"recognised"_s, recognised},
        {u"recall"_s, enrolledShown > 0 ? std::round(1e4 * recognised / enrolledShown) / 1e4 : 0},
        {u"wrong_marks"_s, wrongMarks},
        {u"stranger_marks"_s, strangerMarks},
        {u"templates"_s, templates},
        {u"rejected_enrolment_photos"_s, rejectedEnrolmentPhotos},
        {u"frames"_s, frames},
        {u"frames_processed"_s, framesProcessed},
        {u"frames_dropped"_s, framesDropped},
        {u"ui_lag_median_ms"_s, rounded(uiLagMedianMs)},
        {u"ui_lag_p95_ms"_s, rounded(uiLagP95Ms)},
        {u"ui_lag_max_ms"_s, rounded(uiLagMaxMs)},
        {u"face_to_roster_ms"_s, rounded(faceToRosterMedianMs)},
        {u"face_to_roster_p95_ms"_s, rounded(faceToRosterP95Ms)},
        {u"seconds"_s, rounded(seconds)},
        {u"model"_s, model},
    };
}

Result<LiveBenchResult> LiveSessionBenchmark::run(const LiveBenchOptions &options)
{
    const QStringList identities = FaceDataset::identities(options.dataset);
    if (options.dataset.isEmpty() || !QDir(options.dataset).exists())
        return Error::make(Error::Code::NotFound,
                           tr("The dataset folder %1 does not exist.").arg(options.dataset));
    if (identities.size() < 2)
        return Error::make(Error::Code::Invalid,
                           tr("The dataset needs at least two folders of photos, one per person."));
    if (options.enrol < 1 || options.framesPerImage < 1 || options.fps <= 0
        || options.unknownFraction < 0 || options.unknownFraction >= 1)
        return Error::make(Error::Code::Invalid, tr("The benchmark's options are out of range."));

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::make(Error::Code::Io, tr("No temporary folder could be made."));
    // This computer's own settings (threshold, camera, model folder) stay out of the figures.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.filePath(u"config"_s));
    auto opened = Database::open(scratch.filePath(u"bench.sqlite"_s));
    if (!opened)
        return opened.error();
    const Database &db = **opened;
    const Actor actor = Actor::system();

    auto enroller = FaceEnroller::load(LiveSettings());
    if (!enroller)
        return enroller.error();
    auto cipher = TemplateCipher::generate();
    if (!cipher)
        return cipher.error();

    // The school: a term around today, one course, a consenting student per enrolled identity.
    const QDate today = QDate::currentDate();
    CourseRepository courses(db);
    auto semester = courses.createSemester(
        {{}, u"Benchmark term"_s, today.addDays(-30), today.addDays(60), {}}, actor);
    if (!semester)
        return semester.error();
    auto course = courses.createCourse(
        {{}, u"BENCH"_s, u"Live attendance benchmark"_s, semester->id, 1, {}, {}, {}}, actor);
    if (!course)
        return course.error();

    const std::vector<int> order = FaceDataset::shuffle(int(identities.size()), options.seed);
    // With maxIdentities the split is made over the identities shown, so a short run still
    // has enrolled people and strangers in the same proportion.
    const int shown = options.maxIdentities > 0
        ? std::min<int>(options.maxIdentities, int(order.size()))
        : int(order.size());
    const int strangers = FaceDataset::strangerCount(shown, options.unknownFraction);

    LiveBenchResult result;
    StudentRepository students(db);
    FaceTemplateRepository templates(db, *cipher);
    QHash<Id, int> identityOfStudent;
    QStringList images; // what the source shows
    QList<int> identityOfImage;
    QList<bool> isStranger;
    for (int rank = 0; rank < shown; ++rank) {
        const QString name = identities.at(order[size_t(rank)]);
        const QStringList photos = FaceDataset::imagesOf(QDir(options.dataset).filePath(name));
        const bool stranger = rank < strangers;
        isStranger << stranger;
        const QStringList probes = stranger ? photos : photos.mid(options.enrol);
        if (!stranger) {
            auto student = students.create(studentFor(rank + 1, name), actor);
            if (!student)
                return student.error();
            auto consent = students.setConsent(*student, true, actor);
            if (!consent)
                return consent.error();
            if (auto enrolled = courses.enroll(student->id, course->id, today.addDays(-30), actor);
                !enrolled)
                return enrolled.error();
            identityOfStudent.insert(student->id, rank);
            for (const QString &path : photos.mid(0, options.enrol)) {
                const EnrolmentSample sample = (*enroller)->examine(QImage(path));
                if (!sample.usable()) {
                    ++result.rejectedEnrolmentPhotos;
                    ++result.rejectedBecause[issueName(sample.issue)];
                    continue;
                }
                auto added = templates.add(student->id, sample.model, sample.templateBytes,
                                           sample.quality, actor);
                if (!added)
                    return added.error();
                ++result.templates;
            }
            if (!probes.isEmpty())
                ++result.enrolledShown;
        } else if (!probes.isEmpty()) {
            ++result.strangersShown;
        }
        for (const QString &path : probes) {
            images << path;
            identityOfImage << rank;
        }
    }
    result.identities = shown;
    if (images.isEmpty())
        return Error::make(Error::Code::Invalid, tr("No photo is left to show after enrolment."));

    AttendanceSession session;
    session.courseId = course->id;
    session.date = today;
    session.startsAt = QTime::currentTime().addSecs(-60);
    session.durationMinutes = 240;
    session.lateAfterMinutes = 120;
    auto openedSession = AttendanceRepository(db).openSession(session, actor);
    if (!openedSession)
        return openedSession.error();

    ClientSettings settings;
    FaceKeyring keyring(std::move(cipher).value());
    LiveAttendanceDialog dialog(db, actor, *openedSession, u"BENCH"_s, settings, keyring);
    dialog.show();
    if (!waitUntil([&] { return dialog.isReady(); }, 120000))
        return Error::make(Error::Code::Unavailable, tr("The live panel did not load in time."));
    if (!dialog.canRecognise())
        return Error::make(Error::Code::Unavailable, dialog.message());
    result.model = dialog.recogniser()->model();

    ImageSequenceOptions sourceOptions;
    sourceOptions.framesPerImage = options.framesPerImage;
    sourceOptions.fps = options.fps;
    auto *source = new ImageSequenceFrameSource(images, sourceOptions, FramePacing::RealTime);
    bool finished = false;
    QElapsedTimer clock;
    QHash<int, qint64> firstShownNs; // identity -> when its first frame reached the panel
    QObject::connect(source, &FrameSource::frameReady, &dialog, [&](const Frame &frame) {
        ++result.frames;
        const int identity = identityOfImage.value(int(frame.index / options.framesPerImage), -1);
        if (identity >= 0 && !firstShownNs.contains(identity))
            firstShownNs.insert(identity, clock.nsecsElapsed());
    });
    QObject::connect(source, &FrameSource::finished, &dialog, [&] { finished = true; });
    QObject::connect(source, &FrameSource::errorOccurred, &dialog, [&] { finished = true; });
    QList<double> faceToRoster;
    // An identity's folder name by its rank in the shuffled order, for the report.
    const auto nameOf = [&](int rank) {
        return rank >= 0 && rank < shown ? identities.at(order[size_t(rank)]) : u"?"_s;
    };
    QObject::connect(
        &dialog, &LiveAttendanceDialog::studentRecognised, &dialog,
        [&](const QString &studentId, qint64 frameIndex) {
            const int showing = identityOfImage.value(int(frameIndex / options.framesPerImage), -1);
            const int identity = identityOfStudent.value(studentId, -2);
            if (showing < 0 || isStranger.value(showing)) {
                ++result.strangerMarks;
                result.strangerMarked += nameOf(showing) + u" as "_s + nameOf(identity) + u"; "_s;
            } else if (showing != identity)
                ++result.wrongMarks;
            else
                faceToRoster << (clock.nsecsElapsed() - firstShownNs.value(showing)) / 1e6;
        });

    EventLoopLatency lag;
    clock.start();
    lag.start(10);
    dialog.useSource(source);
    const double mediaSeconds = double(images.size() * options.framesPerImage) / options.fps;
    waitUntil([&] { return finished; }, qint64(mediaSeconds * 3000) + 60000);
    waitUntil([] { return false; }, 1000); // the last frames leave the worker
    lag.stop();
    result.seconds = double(clock.elapsed()) / 1000;
    result.framesProcessed = dialog.recogniser()->processedFrames();
    result.framesDropped = dialog.recogniser()->droppedFrames();
    dialog.stopSource();

    // Each student's row changes once, so each correct recognition is one distinct identity.
    result.recognised = int(faceToRoster.size());
    result.uiLagMedianMs = lag.median();
    result.uiLagP95Ms = lag.percentile(0.95);
    result.uiLagMaxMs = lag.maximum();
    result.faceToRosterMedianMs = percentileOf(faceToRoster, 0.5);
    result.faceToRosterP95Ms = percentileOf(faceToRoster, 0.95);
    return result;
}

} // namespace cd
