#include "ui/MyFeesPage.h"

#include "app/store/UserRepository.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"
#include "ui/StudentAccountView.h"

#include <QAction>
#include <QLabel>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

MyFeesPage::MyFeesPage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor)
{
    setObjectName(u"myFeesPage"_s);
    auto *title = new QLabel(tr("My fees"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);
    m_message = new QLabel(this);
    m_message->setObjectName(u"myFeesMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_view = new StudentAccountView(db, actor, this);

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &MyFeesPage::refresh);
    connect(m_view, &StudentAccountView::loaded, this, &MyFeesPage::loaded);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    refresh();
}

void MyFeesPage::refresh()
{
    const Database *db = &m_db;
    const Id userId = m_actor.userId;
    runInBackground(
        this,
        [db, userId] {
            auto user = UserRepository(*db).find(userId);
            return user ? user->studentId : Id();
        },
        [this](const Id &studentId) {
            if (studentId.isEmpty()) {
                showLabelMessage(m_message,
                                 tr("Your account is not linked to a student record, so there "
                                    "are no fees to show. The school office can link it."),
                                 true);
                emit loaded(false);
                return;
            }
            showLabelMessage(m_message, {}, false);
            m_view->load(studentId);
        });
}

} // namespace cd
