#include "app/core/Actor.h"

namespace cd {

Actor Actor::system()
{
    return Actor{Id(), QStringLiteral("CampusDesk"), Role::Admin};
}

} // namespace cd
