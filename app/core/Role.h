#pragma once

#include "app/core/EnumCodes.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

enum class Role { Admin, Staff, Teacher, Student };

template<> struct EnumCodes<Role>
{
    static constexpr std::array<std::pair<Role, const char16_t *>, 4> codes{{
        {Role::Admin, u"admin"},
        {Role::Staff, u"staff"},
        {Role::Teacher, u"teacher"},
        {Role::Student, u"student"},
    }};
};

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)
public:
    static QString displayName(Role role);
};

} // namespace cd
