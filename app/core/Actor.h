#pragma once

#include "app/core/Id.h"
#include "app/core/Role.h"

namespace cd {

// Who is making a change: recorded as updated_by and in the audit log.
struct Actor
{
    Id userId;
    QString name; // kept in the audit log even if the account is later removed
    Role role = Role::Admin;

    // CampusDesk itself (migrations, the demo seeder).
    static Actor system();
    bool isSystem() const { return userId.isEmpty(); }
};

} // namespace cd
