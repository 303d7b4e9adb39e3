# Sources of model/spec, added to obe_model.
target_sources(obe_model PRIVATE
    spec/specversion.h spec/specversion.cpp
    spec/fieldinfo.h
    spec/catalogueentries.h spec/catalogueentries.cpp
    spec/speccatalogue.h spec/speccatalogue.cpp
    spec/finding.h spec/finding.cpp
    spec/findingsink.h
    spec/pointerpath.h spec/pointerpath.cpp
    spec/firstseenindex.h spec/firstseenindex.cpp
    spec/schemachecker.h spec/schemachecker.cpp
    spec/jsonaccess.h spec/jsonaccess.cpp
    spec/processrules.h spec/processrules.cpp
    spec/namespacerules.h spec/namespacerules.cpp
    spec/mountrules.h spec/mountrules.cpp
    spec/devicerules.h spec/devicerules.cpp
    spec/resourcerules.h spec/resourcerules.cpp
    spec/seccomprules.h spec/seccomprules.cpp
    spec/annotationrules.h spec/annotationrules.cpp
    spec/usernamespacerules.h spec/usernamespacerules.cpp
    spec/sourcetextrules.h spec/sourcetextrules.cpp
    spec/syscallnames.h spec/syscallnames.cpp
    spec/hostfacts.h spec/hostfacts.cpp
    spec/hostrules.h spec/hostrules.cpp
    spec/validationcontext.h
    spec/semanticchecker.h spec/semanticchecker.cpp
    spec/validator.h spec/validator.cpp
    spec/securityrules.h spec/securityrules.cpp
    spec/securityreview.h spec/securityreview.cpp
)

# libseccomp names system calls the way runc does: SyscallNames asks it.
pkg_check_modules(SECCOMP REQUIRED IMPORTED_TARGET libseccomp)
target_link_libraries(obe_model PRIVATE PkgConfig::SECCOMP)
