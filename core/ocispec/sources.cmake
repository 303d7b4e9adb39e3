# SPDX-License-Identifier: Apache-2.0
# The runtime-spec: the catalogue of every field and the validator's rules.
target_sources(obe_core PRIVATE
    ocispec/specversion.h ocispec/specversion.cpp
    ocispec/fieldinfo.h
    ocispec/catalogueentries.h ocispec/catalogueentries.cpp
    ocispec/speccatalogue.h ocispec/speccatalogue.cpp
    ocispec/finding.h ocispec/finding.cpp
    ocispec/findingcodes.h ocispec/findingcodes.cpp
    ocispec/findingsink.h
    ocispec/pointerpath.h ocispec/pointerpath.cpp
    ocispec/firstseenindex.h ocispec/firstseenindex.cpp
    ocispec/schemachecker.h ocispec/schemachecker.cpp
    ocispec/jsonaccess.h ocispec/jsonaccess.cpp
    ocispec/processrules.h ocispec/processrules.cpp
    ocispec/namespacerules.h ocispec/namespacerules.cpp
    ocispec/mountrules.h ocispec/mountrules.cpp
    ocispec/devicerules.h ocispec/devicerules.cpp
    ocispec/resourcerules.h ocispec/resourcerules.cpp
    ocispec/seccomprules.h ocispec/seccomprules.cpp
    ocispec/annotationrules.h ocispec/annotationrules.cpp
    ocispec/targetplatforms.h ocispec/targetplatforms.cpp
    ocispec/platformrules.h ocispec/platformrules.cpp
    ocispec/usernamespacerules.h ocispec/usernamespacerules.cpp
    ocispec/sourcetextrules.h ocispec/sourcetextrules.cpp
    ocispec/syscallnames.h ocispec/syscallnames.cpp
    ocispec/hostfacts.h ocispec/hostfacts.cpp
    ocispec/hostrules.h ocispec/hostrules.cpp
    ocispec/elfheader.h ocispec/elfheader.cpp
    ocispec/binfmthandlers.h ocispec/binfmthandlers.cpp
    ocispec/rootfsinspector.h ocispec/rootfsinspector.cpp
    ocispec/rootfsrules.h ocispec/rootfsrules.cpp
    ocispec/rootfscheckcache.h ocispec/rootfscheckcache.cpp
    ocispec/securityrules.h ocispec/securityrules.cpp
    ocispec/securityreview.h ocispec/securityreview.cpp
    ocispec/validationcontext.h
    ocispec/semanticchecker.h ocispec/semanticchecker.cpp
    ocispec/validator.h ocispec/validator.cpp
)

# libseccomp names system calls the way runc does: SyscallNames asks it.
pkg_check_modules(SECCOMP REQUIRED IMPORTED_TARGET libseccomp)
target_link_libraries(obe_core PRIVATE PkgConfig::SECCOMP)
