// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "spectypes.h"

#include <QString>

// Resolves an image's User ("name", "uid", "name:group", "uid:gid") against
// the unpacked rootfs's /etc/passwd and /etc/group, the way runc and umoci
// do: a name must be listed there, a number need not be; without a group the
// user's primary group from /etc/passwd (0 when unlisted), and as additional
// groups every group of /etc/group that lists the user's name.
class ImageUser
{
public:
    struct Resolved
    {
        Specs::User user;
        QString home; // from /etc/passwd; empty when unlisted
    };

    static Result<Resolved> resolve(const QString &spec, const QString &rootfsDirectory);
};
