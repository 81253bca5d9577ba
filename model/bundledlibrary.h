// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

class PostStore;

// The posts shipped with Gloss (resources/posts/). They are imported on the library's first start and only once:
// a reader who deletes one does not get it back.
namespace BundledLibrary {

// Number of posts imported by this call (0 when the library already had its first start).
Result<int> importOnFirstStart(PostStore &store);

// Source names the bundled posts are stored under: "bundled:<file name>".
QStringList sources();

} // namespace BundledLibrary
