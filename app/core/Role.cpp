#include "app/core/Role.h"

namespace cd {

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::Admin: return tr("Administrator");
    case Role::Staff: return tr("Office staff");
    case Role::Teacher: return tr("Teacher");
    case Role::Student: return tr("Student");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cd
