# SPDX-License-Identifier: Apache-2.0
# Running containers with runc or crun: commands, sessions, state and stats.
target_sources(obe_core PRIVATE
    runtime/runtimecommand.h
    runtime/runcbinary.h runtime/runcbinary.cpp
    runtime/installedruntime.h runtime/installedruntime.cpp
    runtime/runtimecall.h runtime/runtimecall.cpp
    runtime/runtimelog.h runtime/runtimelog.cpp
    runtime/runtimeerrorlocator.h runtime/runtimeerrorlocator.cpp
    runtime/containerstate.h runtime/containerstate.cpp
    runtime/containerprocess.h runtime/containerprocess.cpp
    runtime/processlistmodel.h runtime/processlistmodel.cpp
    runtime/staterootfinder.h runtime/staterootfinder.cpp
    runtime/hostcontainer.h
    runtime/hostcontainerscan.h runtime/hostcontainerscan.cpp
    runtime/hostcontainersmodel.h runtime/hostcontainersmodel.cpp
    runtime/statssample.h
    runtime/statsparser.h runtime/statsparser.cpp
    runtime/statshistory.h runtime/statshistory.cpp
    runtime/containerevents.h runtime/containerevents.cpp
    runtime/descriptorchannel.h runtime/descriptorchannel.cpp
    runtime/pseudoterminal.h runtime/pseudoterminal.cpp
    runtime/consolesocket.h runtime/consolesocket.cpp
    runtime/containerstdio.h runtime/containerstdio.cpp
    runtime/execrequest.h runtime/execrequest.cpp
    runtime/shellwords.h runtime/shellwords.cpp
    runtime/runtimefeatures.h runtime/runtimefeatures.cpp
    runtime/runtimesupportcheck.h runtime/runtimesupportcheck.cpp
    runtime/runtimefeaturesreader.h runtime/runtimefeaturesreader.cpp
    runtime/runtimesupportmodel.h runtime/runtimesupportmodel.cpp
    runtime/runtimefeaturescache.h runtime/runtimefeaturescache.cpp
    runtime/containermonitor.h runtime/containermonitor.cpp
    runtime/containersession.h runtime/containersession.cpp
    runtime/containerstopper.h runtime/containerstopper.cpp
    runtime/launchtimeline.h runtime/launchtimeline.cpp
    runtime/launchtimelinemodel.h runtime/launchtimelinemodel.cpp
)
