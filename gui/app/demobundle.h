// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"

#include <QString>

// The bundle the editor opens when started without one: the "demo"
// template, created once in the application's data directory so that a new
// user has something that runs.
class DemoBundle
{
public:
    static QString directory();
    // The demo's config.json, created first when it does not exist yet.
    static Result<QString> ensure();
};
