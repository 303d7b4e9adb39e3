# SPDX-License-Identifier: Apache-2.0
# The goci-compatible Bundle API, installed as a library of its own.
target_sources(obe_bundle PRIVATE
    bundle/jsonfieldreader.h bundle/jsonfieldreader.cpp
    bundle/jsonfieldwriter.h bundle/jsonfieldwriter.cpp
    bundle/spectypes.h bundle/spectypes.cpp
    bundle/specmemberorder.h bundle/specmemberorder.cpp
    bundle/bundle.h bundle/bundle.cpp
    bundle/namespaceslice.h bundle/namespaceslice.cpp
    bundle/bundleloader.h bundle/bundleloader.cpp
    bundle/bundlesaver.h bundle/bundlesaver.cpp
)
# The templates, built with it, and what the editor does with bundle
# directories: copying a rootfs along, the bundle lock.
target_sources(obe_core PRIVATE
    bundle/bundletemplates.h bundle/bundletemplates.cpp
    bundle/rootfscopy.h bundle/rootfscopy.cpp
    bundle/bundlelock.h bundle/bundlelock.cpp
)
# Bundles from images: umoci and skopeo, one class per job.
target_sources(obe_core PRIVATE
    bundle/imagereference.h bundle/imagereference.cpp
    bundle/imageimportcommands.h bundle/imageimportcommands.cpp
    bundle/imagelayout.h bundle/imagelayout.cpp
    bundle/imageuser.h bundle/imageuser.cpp
    bundle/imageconfigmapper.h bundle/imageconfigmapper.cpp
    bundle/imageimporter.h bundle/imageimporter.cpp
)
