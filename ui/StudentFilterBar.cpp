#include "ui/StudentFilterBar.h"

#include "app/store/CourseRepository.h"
#include "ui/Background.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QScrollBar>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// Everything the lists offer, read in one trip to the thread pool.
struct FilterChoices
{
    QStringList batches;
    QStringList programs;
    Semester semester;
    QList<Course> courses;
    QString problem;
};

// Replaces a list's entries after its first ("All ..."), keeping the chosen one if it is still
// offered (and otherwise choosing "All", which changes the filter).
void refill(QComboBox *box, const QList<std::pair<QString, QVariant>> &entries)
{
    const QVariant chosen = box->currentData();
    const QSignalBlocker quiet(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const auto &[text, data] : entries)
        box->addItem(text, data);
    const int index = chosen.isValid() ? box->findData(chosen) : 0;
    box->setCurrentIndex(std::max(index, 0));
}

} // namespace

StudentFilterBar::StudentFilterBar(const Database &db, const Actor &viewer, QWidget *parent)
    : QWidget(parent), m_db(db), m_viewer(viewer)
{
    setObjectName(u"studentFilters"_s);
    // Two rows of two filters: one row of four does not fit a 1024-pixel screen beside the
    // navigation.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_batch = addBox(tr("&Batch:"), u"batchFilter"_s, tr("All batches"));
    m_program = addBox(tr("&Program:"), u"programFilter"_s, tr("All programs"));
    m_status = addBox(tr("S&tatus:"), u"statusFilter"_s, tr("All statuses"));
    for (const auto &[status, code] : EnumCodes<StudentStatus>::codes)
        m_status->addItem(StudentRules::statusName(status), QString::fromUtf16(code));
    m_course = addBox(tr("C&ourse:"), u"courseFilter"_s, tr("All courses"));
    // Course titles can be long: the box keeps a sensible width and its list shows them whole.
    m_course->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_course->setMinimumContentsLength(16);
    m_course->view()->setTextElideMode(Qt::ElideNone);
    m_archived = new QCheckBox(tr("Show &archived"), this);
    m_archived->setObjectName(u"archivedFilter"_s);
    m_archived->setToolTip(tr("Show archived students instead of current ones"));
    connect(m_archived, &QCheckBox::toggled, this, &StudentFilterBar::changed);
    layout->addWidget(m_archived, 0, 4);
    layout->setColumnStretch(5, 1);
    reloadChoices();
}

QComboBox *StudentFilterBar::addBox(const QString &label, const QString &objectName,
                                    const QString &all)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    box->addItem(all);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(box);
    box->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    auto *layout = static_cast<QGridLayout *>(this->layout());
    const int index = findChildren<QComboBox *>(Qt::FindDirectChildrenOnly).size() - 1;
    layout->addWidget(caption, index / 2, (index % 2) * 2);
    layout->addWidget(box, index / 2, (index % 2) * 2 + 1);
    connect(box, &QComboBox::currentIndexChanged, this, &StudentFilterBar::changed);
    return box;
}

StudentQuery StudentFilterBar::filters() const
{
    StudentQuery query;
    query.batch = m_batch->currentData().toString();
    query.program = m_program->currentData().toString();
    query.status = fromCode<StudentStatus>(m_status->currentData().toString());
    query.courseId = m_course->currentData().toString();
    query.archived = m_archived->isChecked();
    return query;
}

void StudentFilterBar::reloadChoices()
{
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, viewer = m_viewer] {
            FilterChoices choices;
            const StudentRepository students(*db);
            if (auto batches = students.batches())
                choices.batches = *batches;
            else
                choices.problem = batches.error().message;
            if (auto programs = students.programs())
                choices.programs = *programs;
            else
                choices.problem = programs.error().message;
            // The semester running today, or the latest that has started; none is no problem.
            const CourseRepository courses(*db);
            if (auto semester = courses.semesterOn(QDate::currentDate())) {
                choices.semester = *semester;
                if (auto offered = courses.coursesInSemester(semester->id, viewer))
                    choices.courses = *offered;
                else
                    choices.problem = offered.error().message;
            }
            return choices;
        },
        [this](FilterChoices choices) {
            const StudentQuery before = filters();
            QList<std::pair<QString, QVariant>> batches, programs, courses;
            for (const QString &b : std::as_const(choices.batches))
                batches.append({b, b});
            for (const QString &p : std::as_const(choices.programs))
                programs.append({p, p});
            for (const Course &c : std::as_const(choices.courses))
                courses.append({tr("%1 %2", "course code and title").arg(c.code, c.title), c.id});
            refill(m_batch, batches);
            refill(m_program, programs);
            refill(m_course, courses);
            m_course->view()->setMinimumWidth(
                m_course->view()->sizeHintForColumn(0)
                + m_course->view()->verticalScrollBar()->sizeHint().width());
            m_semester = choices.semester;
            m_course->setToolTip(m_semester.id.isEmpty()
                                     ? tr("No semester has started yet.")
                                     : tr("Courses of %1").arg(m_semester.name));
            m_loaded = true;
            const StudentQuery after = filters();
            if (after.batch != before.batch || after.program != before.program
                || after.courseId != before.courseId)
                emit changed();
            emit loaded(choices.problem);
        });
}

} // namespace cd
