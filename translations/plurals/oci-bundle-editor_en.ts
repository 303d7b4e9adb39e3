<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArrayTableEditor</name>
    <message numerus="yes">
        <source>Remove %n entries</source>
        <translation>
            <numerusform>Remove %n entry</numerusform>
            <numerusform>Remove %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptPage</name>
    <message numerus="yes">
        <source>a directory with %n entries at its top</source>
        <translation>
            <numerusform>a directory with %n entry at its top</numerusform>
            <numerusform>a directory with %n entries at its top</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 hook(s) of this bundle</source>
        <extracomment>%1 is the hook phase, e.g. createRuntime.</extracomment>
        <translation>
            <numerusform>%n %1 hook of this bundle</numerusform>
            <numerusform>%n %1 hooks of this bundle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) allowing or denying device access</source>
        <translation>
            <numerusform>%n rule allowing or denying device access</numerusform>
            <numerusform>%n rules allowing or denying device access</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s); calls without a rule get %1</source>
        <translation>
            <numerusform>%n rule; calls without a rule get %1</numerusform>
            <numerusform>%n rules; calls without a rule get %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message numerus="yes">
        <source>Delete the %n stopped container(s) the editor started?</source>
        <translation>
            <numerusform>Delete the stopped container the editor started?</numerusform>
            <numerusform>Delete the %n stopped containers the editor started?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchTimeline</name>
    <message numerus="yes">
        <source>It is killed after %n seconds.</source>
        <translation>
            <numerusform>It is killed after %n second.</numerusform>
            <numerusform>It is killed after %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus %n device(s) from linux.devices.</source>
        <translation>
            <numerusform>Plus %n device from linux.devices.</numerusform>
            <numerusform>Plus %n devices from linux.devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n kernel parameter(s)</source>
        <translation>
            <numerusform>Write %n kernel parameter</numerusform>
            <numerusform>Write %n kernel parameters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n path(s) read-only</source>
        <translation>
            <numerusform>Make %n path read-only</numerusform>
            <numerusform>Make %n paths read-only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mask %n path(s)</source>
        <translation>
            <numerusform>Mask %n path</numerusform>
            <numerusform>Mask %n paths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n resource limit(s)</source>
        <translation>
            <numerusform>Set %n resource limit</numerusform>
            <numerusform>Set %n resource limits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Default action %1, %n rule(s).</source>
        <translation>
            <numerusform>Default action %1, %n rule.</numerusform>
            <numerusform>Default action %1, %n rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop %n capabilities from the bounding set</source>
        <translation>
            <numerusform>Drop %n capability from the bounding set</numerusform>
            <numerusform>Drop %n capabilities from the bounding set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus %n additional group(s).</source>
        <translation>
            <numerusform>Plus %n additional group.</numerusform>
            <numerusform>Plus %n additional groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunStatusStrip</name>
    <message numerus="yes">
        <source>%1: stopping; SIGKILL in %n s unless it ends first.</source>
        <translation>
            <numerusform>%1: stopping; SIGKILL in %n second unless it ends first.</numerusform>
            <numerusform>%1: stopping; SIGKILL in %n seconds unless it ends first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityReview</name>
    <message numerus="yes">
        <source>linux.maskedPaths lacks %n of runc&apos;s default entries: %1.</source>
        <translation>
            <numerusform>linux.maskedPaths lacks %n of runc&apos;s default entries: %1.</numerusform>
            <numerusform>linux.maskedPaths lacks %n of runc&apos;s default entries: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n path(s) to linux.maskedPaths</source>
        <translation>
            <numerusform>Add %n path to linux.maskedPaths</numerusform>
            <numerusform>Add %n paths to linux.maskedPaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>linux.readonlyPaths lacks %n of runc&apos;s default entries: %1.</source>
        <translation>
            <numerusform>linux.readonlyPaths lacks %n of runc&apos;s default entries: %1.</numerusform>
            <numerusform>linux.readonlyPaths lacks %n of runc&apos;s default entries: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n path(s) to linux.readonlyPaths</source>
        <translation>
            <numerusform>Add %n path to linux.readonlyPaths</numerusform>
            <numerusform>Add %n paths to linux.readonlyPaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: failed (%n finding(s))</source>
        <translation>
            <numerusform>%1: failed (%n finding)</numerusform>
            <numerusform>%1: failed (%n findings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecDiffModel</name>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <extracomment>A group of changes in a diff: the section&apos;s title and how many changes it has.</extracomment>
        <translation>
            <numerusform>%1 (%n change)</numerusform>
            <numerusform>%1 (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValuePlacement</name>
    <message numerus="yes">
        <source>Cannot set %1: the array has %n element(s); use an index below that, or &quot;-&quot; to append.</source>
        <translation>
            <numerusform>Cannot set %1: the array has %n element; use an index below that, or &quot;-&quot; to append.</numerusform>
            <numerusform>Cannot set %1: the array has %n elements; use an index below that, or &quot;-&quot; to append.</numerusform>
        </translation>
    </message>
</context>
</TS>
