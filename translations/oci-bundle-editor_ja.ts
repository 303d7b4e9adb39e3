<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutText</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（%2 でビルド）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OCI Bundle Editor %1&lt;/h3&gt;&lt;p&gt;Author, inspect and run OCI runtime bundles: a config.json and its root filesystem.&lt;/p&gt;&lt;p&gt;Follows the OCI runtime specification 1.0.0 to 1.3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OCI Bundle Editor %1&lt;/h3&gt;&lt;p&gt;OCI ランタイムバンドル（config.json とそのルートファイルシステム）を作成、検査、実行します。&lt;/p&gt;&lt;p&gt;OCI ランタイム仕様 1.0.0〜1.3.0 に準拠しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: not installed</source>
        <translation>%1: インストールされていません</translation>
    </message>
    <message>
        <source>%1 at %2 (it did not say its version)</source>
        <translation>%1（%2、バージョンは不明）</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 %2 at %3, built for runtime-spec %4</source>
        <translation>%1 %2（%3、runtime-spec %4 向けビルド）</translation>
    </message>
</context>
<context>
    <name>ArrayTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add an entry at the end</source>
        <translation>末尾にエントリを追加します</translation>
    </message>
    <message>
        <source>Add at &amp;top</source>
        <translation>先頭に追加(&amp;T)</translation>
    </message>
    <message>
        <source>Add an entry before all others</source>
        <translation>すべてのエントリの前に追加します</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>選択したエントリを削除します</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>選択したエントリを上へ移動します</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>選択したエントリを下へ移動します</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entries</source>
        <translation>
            <numerusform>%n 個のエントリを削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrayTableModel</name>
    <message>
        <source>item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 を削除</translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>%1 %2 を移動</translation>
    </message>
    <message>
        <source>Set %1 of %2 %3</source>
        <translation>%2 %3 の %1 を設定</translation>
    </message>
    <message>
        <source>Rename %1 %2</source>
        <translation>%1 %2 の名前を変更</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Cannot write %1: the directory %2 does not exist.</source>
        <translation>%1 を書き込めません：ディレクトリ %2 が存在しません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a link to %2, which does not exist.</source>
        <translation>%1 を書き込めません：存在しない %2 へのリンクです。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file.</source>
        <translation>%1 を書き込めません：通常のファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside %3; it is not written through.</source>
        <translation>%1 は %3 の外にある %2 へのリンクです。リンク先には書き込みません。</translation>
    </message>
    <message>
        <source>%1 now belongs to you: its owner %2 and group %3 could not be kept (%4).</source>
        <translation>%1 の所有者はあなたになりました：所有者 %2 とグループ %3 を維持できませんでした（%4）。</translation>
    </message>
    <message>
        <source>The extended attribute %1 of %2 could not be kept (%3).</source>
        <translation>%2 の拡張属性 %1 を維持できませんでした（%3）。</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; it is now a file of its own, and the other names keep the old content.</source>
        <translation>%1 には %2 個のハードリンクがありました。独立したファイルになり、他の名前は古い内容のままです。</translation>
    </message>
    <message>
        <source>Cannot write %1: the file was not opened.</source>
        <translation>%1 を書き込めません：ファイルが開かれていません。</translation>
    </message>
</context>
<context>
    <name>BundleFileDialog</name>
    <message>
        <source>Open Bundle</source>
        <translation>バンドルを開く</translation>
    </message>
    <message>
        <source>Bundle configuration (config.json)</source>
        <translation>バンドル設定（config.json）</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>バンドル:</translation>
    </message>
</context>
<context>
    <name>BundleLoader</name>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
</context>
<context>
    <name>BundleLock</name>
    <message>
        <source>Cannot open %1 to lock it: %2</source>
        <translation>ロックするために %1 を開けません：%2</translation>
    </message>
    <message>
        <source>%1 is being edited by another program.</source>
        <translation>%1 は別のプログラムで編集中です。</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1 をロックできません：%2</translation>
    </message>
</context>
<context>
    <name>BundleTemplates</name>
    <message>
        <source>runc default</source>
        <translation>runc デフォルト</translation>
    </message>
    <message>
        <source>The configuration `runc spec` writes: a shell with a terminal, the usual mounts and namespaces, and a read-only rootfs you provide.</source>
        <translation>`runc spec` が書き出す設定です：端末付きのシェル、通常のマウントと名前空間、そして自分で用意する読み取り専用の rootfs。</translation>
    </message>
    <message>
        <source>Rootless</source>
        <translation>ルートレス</translation>
    </message>
    <message>
        <source>The configuration `runc spec --rootless` writes: a user namespace that maps root in the container to your own user, for running without privileges.</source>
        <translation>`runc spec --rootless` が書き出す設定です：コンテナ内の root を自分のユーザーにマッピングするユーザー名前空間により、特権なしで実行します。</translation>
    </message>
    <message>
        <source>Busybox demo</source>
        <translation>Busybox デモ</translation>
    </message>
    <message>
        <source>A complete bundle that runs at once: busybox greets you and counts to three, with a memory and process limit, a tmpfs on /tmp and a read-only root.</source>
        <translation>すぐに実行できる完全なバンドルです：busybox が挨拶して 3 まで数えます。メモリとプロセス数の制限、/tmp の tmpfs、読み取り専用のルート付きです。</translation>
    </message>
    <message>
        <source>The demo needs %1 from the Debian package busybox-static; install it with &quot;apt install busybox-static&quot;.</source>
        <translation>デモには Debian パッケージ busybox-static の %1 が必要です。「apt install busybox-static」でインストールしてください。</translation>
    </message>
    <message>
        <source>%1 is not statically linked, so it cannot run alone in the demo&apos;s rootfs; install the Debian package busybox-static instead of busybox.</source>
        <translation>%1 は静的リンクされていないため、デモの rootfs 内で単独では実行できません。busybox の代わりに Debian パッケージ busybox-static をインストールしてください。</translation>
    </message>
    <message>
        <source>Cannot list the applets of %1: %2</source>
        <translation>%1 のアプレットを一覧できません：%2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>%1 を %2 にコピーできません：%3</translation>
    </message>
    <message>
        <source>Cannot create the link %1.</source>
        <translation>リンク %1 を作成できません。</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;; choose one of %2.</source>
        <translation>テンプレート「%1」はありません。%2 のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>%1 already exists; it is left as it is.</source>
        <translation>%1 は既に存在します。そのままにします。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>ディレクトリ %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>ByteSizeEdit</name>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>The unit of the number; changing it keeps the number and changes the size</source>
        <translation>数値の単位。変更すると数値はそのままで、サイズが変わります</translation>
    </message>
</context>
<context>
    <name>CapabilitiesMatrixModel</name>
    <message>
        <source>%1 in the %2 set</source>
        <translation>%2 セットの %1</translation>
    </message>
    <message>
        <source>Not a capability this editor knows; the kernel may not know it either.</source>
        <translation>このエディターが知らないケーパビリティです。カーネルも知らない可能性があります。</translation>
    </message>
    <message>
        <source>%1
Dangerous: gives a container (close to) full control over the host.</source>
        <translation>%1
危険：コンテナにホストの（ほぼ）完全な制御を与えます。</translation>
    </message>
    <message>
        <source>Add %1 to the %2 set</source>
        <translation>%1 を %2 セットに追加</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 set</source>
        <translation>%1 を %2 セットから削除</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>ケーパビリティ</translation>
    </message>
    <message>
        <source>Bounding</source>
        <translation>バウンディング</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>実効</translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation>継承可能</translation>
    </message>
    <message>
        <source>Permitted</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>アンビエント</translation>
    </message>
</context>
<context>
    <name>CapabilitiesPage</name>
    <message>
        <source>Presets:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <source>runc &amp;default</source>
        <translation>runc デフォルト(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>なし(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>すべて(&amp;L)</translation>
    </message>
    <message>
        <source>Dangerous: gives a container (close to) full control over the host. Press Space to tick the current cell.</source>
        <translation>危険：コンテナにホストの（ほぼ）完全な制御を与えます。Space キーで現在のセルにチェックを入れます。</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>ケーパビリティ</translation>
    </message>
    <message>
        <source>runc default</source>
        <translation>runc デフォルト</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Apply capability preset “%1”</source>
        <translation>ケーパビリティのプリセット「%1」を適用</translation>
    </message>
    <message>
        <source>Each capability against the five sets; Space ticks the current cell</source>
        <translation>各ケーパビリティと 5 つのセットの表。Space キーで現在のセルにチェックを入れます</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>check DIR [--format text|json] [--security] [--fix CODE]...</source>
        <translation>check DIR [--format text|json] [--security] [--fix CODE]...</translation>
    </message>
    <message>
        <source>Validates DIR/config.json (DIR may be the file itself). Exits with 0
without errors (warnings allowed), 1 with errors, 2 when the bundle
cannot be read. With --format json every outcome, an unreadable
bundle too, is one JSON object on standard output.
--security adds a hardening review: a summary per standard (Docker
Bench, Pod Security Standards, kubesec, Trivy), then each finding
with its code, the controls it fails and its fix, if there is one.
Hardening findings never change the exit code.
--fix CODE (repeatable) applies the fix of every finding with that
security code, saves like set and prints what changed. An unknown
code or nothing to fix exits with 2 and writes nothing.</source>
        <translation>DIR/config.json を検証します（DIR はファイルそのものでも可）。エラーが
なければ（警告は可）0、エラーがあれば 1、バンドルを読めなければ 2 で
終了します。--format json では、読めないバンドルも含めすべての結果を
標準出力に 1 つの JSON オブジェクトとして出力します。
--security はハードニングレビューを追加します：標準ごとの要約（Docker
Bench、Pod Security Standards、kubesec、Trivy）に続き、各検出事項を
そのコード、満たしていないコントロール、修正（あれば）とともに示します。
ハードニングの検出事項は終了コードを変えません。
--fix CODE（繰り返し可）は、そのセキュリティコードを持つすべての検出事項の
修正を適用し、set と同様に保存して、変更内容を出力します。不明な
コードや修正対象がない場合は 2 で終了し、何も書き込みません。</translation>
    </message>
    <message>
        <source>get DIR POINTER</source>
        <translation>get DIR POINTER</translation>
    </message>
    <message>
        <source>Prints the value at a JSON pointer as JSON, e.g. /process/args.</source>
        <translation>JSON ポインターの位置にある値を JSON として出力します（例：/process/args）。</translation>
    </message>
    <message>
        <source>set DIR POINTER JSON</source>
        <translation>set DIR POINTER JSON</translation>
    </message>
    <message>
        <source>Sets a value (JSON text: &apos;&quot;text&quot;&apos;, 42, &apos;[&quot;a&quot;]&apos;), creating missing
parent objects as the editor does, reports validation errors and saves
anyway, changing only that value&apos;s lines. A value that cannot be
stored exactly as typed is refused. Commands on the same bundle take
turns. Exits with 0, 1 when the result has errors, 2 when nothing was
written.</source>
        <translation>値を設定します（JSON テキスト：&apos;&quot;text&quot;&apos;、42、&apos;[&quot;a&quot;]&apos;）。欠けている親
オブジェクトはエディターと同様に作成し、検証エラーを報告しても
保存は行い、その値の行だけを変更します。入力どおりに正確に
保存できない値は拒否します。同じバンドルへのコマンドは順番に
実行されます。終了コードは 0、結果にエラーがあれば 1、何も
書き込まなかった場合は 2 です。</translation>
    </message>
    <message>
        <source>new DIR --template runc|rootless|demo | --from-image REF [--template runc|rootless]</source>
        <translation>new DIR --template runc|rootless|demo | --from-image REF [--template runc|rootless]</translation>
    </message>
    <message>
        <source>Creates a bundle; demo adds a busybox rootfs that runs with runc.
--from-image unpacks an image into DIR (absent or empty) with umoci and
writes config.json from the template (default runc) and the image&apos;s
command, environment, user, working directory, volumes and labels.
REF is an OCI layout PATH[:TAG], oci-archive:PATH, docker-archive:PATH
or docker://NAME[:TAG] (archives and registries need skopeo). Exits
with 0, or 2 when nothing was written.</source>
        <translation>バンドルを作成します。demo は runc で実行できる busybox の rootfs を追加します。
--from-image は umoci でイメージを DIR（存在しないか空）に展開し、
テンプレート（デフォルトは runc）とイメージのコマンド、環境変数、ユーザー、
作業ディレクトリ、ボリューム、ラベルから config.json を書き出します。
REF は OCI レイアウトの PATH[:TAG]、oci-archive:PATH、docker-archive:PATH、
docker://NAME[:TAG] のいずれかです（アーカイブとレジストリには skopeo が必要）。
終了コードは 0、何も書き込まなかった場合は 2 です。</translation>
    </message>
    <message>
        <source>diff A B [--format text|json] [--order]</source>
        <translation>diff A B [--format text|json] [--order]</translation>
    </message>
    <message>
        <source>Compares two configs field by field; A and B are bundle directories
or config.json files. Members compare by name in any order, numbers
by value; mounts are matched by destination, namespaces and rlimits
by type, env entries by name, devices by path, hooks by path and
arguments. One line per change: + added, - removed, ~ changed,
&gt; moved. --format json prints a list of {op, path, title, old, new}.
--order also reports members and list elements in another order.
Exits with 0 when the configs are the same, 1 when they differ, 2
when one cannot be read.</source>
        <translation>2 つの設定をフィールドごとに比較します。A と B はバンドルディレクトリ
または config.json ファイルです。メンバーは順序に関係なく名前で、数値は
値で比較します。マウントは destination で、名前空間と rlimit は
type で、env エントリは名前で、デバイスは path で、フックは path と
引数で対応付けます。変更ごとに 1 行：+ 追加、- 削除、~ 変更、
&gt; 移動。--format json は {op, path, title, old, new} のリストを出力します。
--order はメンバーやリスト要素の順序の違いも報告します。
設定が同じなら 0、異なれば 1、どちらかを読めなければ 2 で
終了します。</translation>
    </message>
    <message>
        <source>pointers DIR [PREFIX]</source>
        <translation>pointers DIR [PREFIX]</translation>
    </message>
    <message>
        <source>Prints the JSON pointer of every value in the config, one per line,
in the file&apos;s order: the pointers get and set take. With PREFIX only
those that start with it. For scripts and shell completion.</source>
        <translation>設定内のすべての値の JSON ポインター（get と set が受け取るもの）を、
ファイル内の順に 1 行ずつ出力します。PREFIX を指定すると、それで
始まるものだけを出力します。スクリプトやシェル補完向けです。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方：%1</translation>
    </message>
    <message>
        <source>Usage: oci-bundle-editor [DIR] or oci-bundle-editor COMMAND ...; see oci-bundle-editor --help.</source>
        <translation>使い方：oci-bundle-editor [DIR] または oci-bundle-editor COMMAND ...。oci-bundle-editor --help を参照してください。</translation>
    </message>
    <message>
        <source>Unknown option %1 for %2.</source>
        <translation>%2 に不明なオプション %1 があります。</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>オプション %1 は値を取りません。</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>不明な形式「%1」です。text または json を使ってください。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Security review: %1</source>
        <extracomment>Heads the review of check --security, e.g. &quot;Security review: 3 warnings, 2 notes&quot;.</extracomment>
        <translation>セキュリティレビュー：%1</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>満たしていない基準：%1</translation>
    </message>
    <message>
        <source>Fix: %1 (--fix %2)</source>
        <extracomment>%1 says what the fix does, %2 is the code to give to check --fix.</extracomment>
        <translation>修正：%1（--fix %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>The summary of check: the file, &quot;2 errors&quot; and &quot;1 warning&quot;.</extracomment>
        <translation>%1: %2、%3</translation>
    </message>
    <message>
        <source>Fixed %1 at %2: %3</source>
        <extracomment>%1 is a security code, %2 the field, %3 what the fix did.</extracomment>
        <translation>%2 の %1 を修正しました：%3</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <extracomment>One change of a fix, then the value it replaced or removed.</extracomment>
        <translation>%1（変更前：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a security code; check --security DIR lists the codes of a bundle.</source>
        <translation>「%1」はセキュリティコードではありません。check --security DIR でバンドルのコードを一覧できます。</translation>
    </message>
    <message>
        <source>%1 has no automatic fix; its explanation in check --security says what to do.</source>
        <translation>%1 には自動修正がありません。check --security の説明に対処方法があります。</translation>
    </message>
    <message>
        <source>Nothing to fix: %1 has no finding %2 that a fix removes.</source>
        <translation>修正対象がありません：%1 には修正で解消できる検出事項 %2 がありません。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>After check --fix: the file written.</extracomment>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>check takes one bundle directory.</source>
        <translation>check にはバンドルディレクトリを 1 つ指定します。</translation>
    </message>
    <message>
        <source>get takes a bundle directory and a JSON pointer.</source>
        <translation>get にはバンドルディレクトリと JSON ポインターを指定します。</translation>
    </message>
    <message>
        <source>%1 has no value at %2.</source>
        <translation>%1 の %2 には値がありません。</translation>
    </message>
    <message>
        <source>pointers takes a bundle directory and, if you like, a prefix.</source>
        <translation>pointers にはバンドルディレクトリと、必要ならプレフィックスを指定します。</translation>
    </message>
    <message>
        <source>set takes a bundle directory, a JSON pointer and a JSON value.</source>
        <translation>set にはバンドルディレクトリ、JSON ポインター、JSON 値を指定します。</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Created %1 from the image %2 and the %3 template.</source>
        <translation>イメージ %2 とテンプレート %3 から %1 を作成しました。</translation>
    </message>
    <message>
        <source>new takes one bundle directory.</source>
        <translation>new にはバンドルディレクトリを 1 つ指定します。</translation>
    </message>
    <message>
        <source>new needs --template %1.</source>
        <translation>new には --template %1 が必要です。</translation>
    </message>
    <message>
        <source>Created %1 from the %2 template.</source>
        <translation>テンプレート %2 から %1 を作成しました。</translation>
    </message>
    <message>
        <source>diff takes two bundle directories or config.json files.</source>
        <translation>diff には 2 つのバンドルディレクトリまたは config.json ファイルを指定します。</translation>
    </message>
    <message>
        <source>help takes one of the commands %1; &quot;%2&quot; is none of them.</source>
        <translation>help にはコマンド %1 のいずれかを指定します。「%2」はどれでもありません。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>不明なオプション %1 です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command (%2, help) nor an existing bundle directory or config.json.</source>
        <translation>「%1」はコマンド（%2、help）でも、既存のバンドルディレクトリや config.json でもありません。</translation>
    </message>
    <message>
        <source>The window opens one bundle; &quot;%1&quot; is one argument too many.</source>
        <translation>ウィンドウで開けるバンドルは 1 つです。「%1」は余分な引数です。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>[DIR]</source>
        <translation>[DIR]</translation>
    </message>
    <message>
        <source>Opens the editor window on a bundle directory or a config.json; without
DIR, on the demo bundle.</source>
        <translation>バンドルディレクトリまたは config.json をエディターのウィンドウで開きます。
DIR を省略するとデモバンドルを開きます。</translation>
    </message>
    <message>
        <source>help [COMMAND] | --help | --version</source>
        <translation>help [COMMAND] | --help | --version</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 the bundle has validation errors (diff: the configs
differ); 2 nothing could be done (a usage error, an unreadable bundle, a
bad pointer or value, a security code with nothing to fix, a failed write).</source>
        <translation>終了コード：0 完了、1 バンドルに検証エラーあり（diff：設定が
異なる）、2 何もできなかった（使い方の誤り、読めないバンドル、
不正なポインターや値、修正対象のないセキュリティコード、書き込みの失敗）。</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is not valid UTF-8 text; the editor takes UTF-8 arguments only.</source>
        <translation>引数「%1」は有効な UTF-8 テキストではありません。エディターは UTF-8 の引数のみ受け付けます。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Report &amp;order changes too</source>
        <translation>順序の変更も報告(&amp;O)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Members in another order, and list elements moved where their order does not matter (env, namespaces)</source>
        <translation>メンバーの順序の違いと、順序が意味を持たないリスト（env、namespaces）での要素の移動</translation>
    </message>
    <message>
        <source>Differences between this bundle and %1. Double-click a change to go to its field.</source>
        <extracomment>%1 names the other config: a path or &quot;the runc template&quot;.</extracomment>
        <translation>このバンドルと %1 の違いです。変更をダブルクリックすると、そのフィールドへ移動します。</translation>
    </message>
    <message>
        <source>This bundle</source>
        <translation>このバンドル</translation>
    </message>
    <message>
        <source>The two configurations are the same.</source>
        <translation>2 つの設定は同じです。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 件の違い</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>The fields that differ, as a tree; Enter goes to the field in the editor</source>
        <translation>異なるフィールドのツリー。Enter キーでエディターのそのフィールドに移動します</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <source>Compare &amp;With</source>
        <translation>比較対象(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Bundle or config.json…</source>
        <translation>バンドルまたは config.json(&amp;B)…</translation>
    </message>
    <message>
        <source>The File on &amp;Disk</source>
        <translation>ディスク上のファイル(&amp;D)</translation>
    </message>
    <message>
        <source>Compare this bundle field by field with another bundle or config.json</source>
        <translation>このバンドルを別のバンドルまたは config.json とフィールドごとに比較します</translation>
    </message>
    <message>
        <source>Compare this bundle with its config.json as saved</source>
        <translation>このバンドルを保存済みの config.json と比較します</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <extracomment>A menu entry of File › Compare With; %1 is a template&apos;s title, as in File › New.</extracomment>
        <translation>テンプレート：%1</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>比較できません</translation>
    </message>
    <message>
        <source>the template “%1”</source>
        <extracomment>Names the other side of a comparison; %1 is a template&apos;s title.</extracomment>
        <translation>テンプレート「%1」</translation>
    </message>
</context>
<context>
    <name>ConceptBrowser</name>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>The chosen concept explained; Tab moves between its links</source>
        <translation>選択した概念の説明。Tab キーでリンク間を移動します</translation>
    </message>
</context>
<context>
    <name>ConceptPage</name>
    <message>
        <source>&lt;b&gt;Where to edit it:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;編集する場所：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>In This Bundle</source>
        <translation>このバンドルでは</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>まだ保存されていません</translation>
    </message>
    <message>
        <source>A &lt;b&gt;bundle&lt;/b&gt; is a directory that holds all a runtime such as runc needs to start a container: a file named &lt;code&gt;config.json&lt;/code&gt;, which describes the process, its environment and its isolation, and a &lt;b&gt;root filesystem&lt;/b&gt;, the directory tree the process sees as &lt;code&gt;/&lt;/code&gt;.</source>
        <translation>&lt;b&gt;バンドル&lt;/b&gt;とは、runc などのランタイムがコンテナを起動するのに必要なものをすべて収めたディレクトリです。プロセス、その環境、その隔離を記述する &lt;code&gt;config.json&lt;/code&gt; という名前のファイルと、プロセスから &lt;code&gt;/&lt;/code&gt; として見えるディレクトリツリーである&lt;b&gt;ルートファイルシステム&lt;/b&gt;から成ります。</translation>
    </message>
    <message>
        <source>A runtime knows nothing about images or layers: unpacking an image into a root filesystem is the job of tools such as umoci, and the bundle is what they leave behind. &lt;code&gt;root.path&lt;/code&gt; names the root filesystem, usually relative to the bundle directory; with &lt;code&gt;root.readonly&lt;/code&gt; the container cannot write to it.</source>
        <translation>ランタイムはイメージやレイヤーについて何も知りません。イメージを展開してルートファイルシステムにするのは umoci などのツールの仕事で、その結果として残るのがバンドルです。&lt;code&gt;root.path&lt;/code&gt; はルートファイルシステムを指定し、通常はバンドルディレクトリからの相対パスです。&lt;code&gt;root.readonly&lt;/code&gt; を指定すると、コンテナはそこに書き込めなくなります。</translation>
    </message>
    <message>
        <source>unknown until a root filesystem is named</source>
        <translation>ルートファイルシステムが指定されるまで不明</translation>
    </message>
    <message>
        <source>unknown until the bundle is saved</source>
        <translation>バンドルが保存されるまで不明</translation>
    </message>
    <message>
        <source>missing: the container cannot start until it exists</source>
        <translation>見つかりません：存在するまでコンテナは起動できません</translation>
    </message>
    <message>
        <source>not a directory: the container cannot start</source>
        <translation>ディレクトリではありません：コンテナは起動できません</translation>
    </message>
    <message numerus="yes">
        <source>a directory with %n entries at its top</source>
        <translation>
            <numerusform>最上位に %n 個のエントリがあるディレクトリ</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle directory</source>
        <translation>バンドルディレクトリ</translation>
    </message>
    <message>
        <source>Specification version</source>
        <translation>仕様のバージョン</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>ルートファイルシステム</translation>
    </message>
    <message>
        <source>Its state</source>
        <translation>その状態</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Next: %1, what a runtime does with the bundle.</source>
        <translation>次は %1：ランタイムがバンドルで何をするか。</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 hook(s) of this bundle</source>
        <extracomment>%1 is the hook phase, e.g. createRuntime.</extracomment>
        <translation>
            <numerusform>このバンドルの %1 フック %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>A container created from a bundle passes through four states, and the runtime keeps track of them in its state directory (&lt;code&gt;runc list&lt;/code&gt; shows them). Each runtime command moves it one step on.</source>
        <translation>バンドルから作成されたコンテナは 4 つの状態を経ます。ランタイムはそれを自身の状態ディレクトリで管理します（&lt;code&gt;runc list&lt;/code&gt; で表示できます）。ランタイムのコマンドを 1 つ実行するごとに、状態が 1 段階進みます。</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>(no program: process.args is empty)</source>
        <translation>（プログラムなし：process.args が空です）</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>何が起こるか</translation>
    </message>
    <message>
        <source>The state is creating while the runtime builds the namespaces, mounts and cgroup, and created once the environment is ready. The program has not run yet; the runtime&apos;s helper process waits in its place.</source>
        <translation>ランタイムが名前空間、マウント、cgroup を構築している間、状態は「作成中」（creating）で、環境の準備が整うと「作成済み」（created）になります。プログラムはまだ実行されておらず、その代わりにランタイムのヘルパープロセスが待機しています。</translation>
    </message>
    <message>
        <source>The state becomes running: the waiting process executes %1.</source>
        <translation>状態が「実行中」（running）になります：待機していたプロセスが %1 を実行します。</translation>
    </message>
    <message>
        <source>Sends a signal. When the program ends, by a signal or by itself, the state is stopped; the container&apos;s resources still exist.</source>
        <translation>シグナルを送ります。プログラムがシグナルによって、または自ら終了すると、状態は「停止済み」（stopped）になります。コンテナのリソースはまだ残っています。</translation>
    </message>
    <message>
        <source>Removes what create built; the container is gone.</source>
        <translation>create が構築したものを削除します。コンテナはなくなります。</translation>
    </message>
    <message>
        <source>&lt;code&gt;runc run&lt;/code&gt; is create and start in one, and it waits for the program to end: %1. The Run mode does the same with its buttons.</source>
        <translation>&lt;code&gt;runc run&lt;/code&gt; は create と start を 1 つにしたもので、プログラムの終了を待ちます：%1。実行モードもボタンで同じことを行います。</translation>
    </message>
    <message>
        <source>See %1 for the programs that run between these steps.</source>
        <translation>これらの段階の間に実行されるプログラムについては %1 を参照してください。</translation>
    </message>
    <message>
        <source>process IDs: the container&apos;s first process is PID 1 and sees only the processes of its own namespace</source>
        <translation>プロセス ID：コンテナの最初のプロセスは PID 1 となり、自分の名前空間のプロセスだけが見えます</translation>
    </message>
    <message>
        <source>network devices, addresses, routes, firewall rules and ports; a new one has only a loopback device</source>
        <translation>ネットワークデバイス、アドレス、経路、ファイアウォールルール、ポート。新しい名前空間にはループバックデバイスしかありません</translation>
    </message>
    <message>
        <source>the list of mounts, so that the container&apos;s mounts stay out of the host&apos;s view and the host&apos;s out of its view</source>
        <translation>マウントの一覧。コンテナのマウントはホストから見えず、ホストのマウントはコンテナから見えません</translation>
    </message>
    <message>
        <source>System V IPC objects and POSIX message queues</source>
        <translation>System V IPC オブジェクトと POSIX メッセージキュー</translation>
    </message>
    <message>
        <source>the host name and domain name (&lt;code&gt;hostname&lt;/code&gt;, &lt;code&gt;domainname&lt;/code&gt;)</source>
        <translation>ホスト名とドメイン名（&lt;code&gt;hostname&lt;/code&gt;、&lt;code&gt;domainname&lt;/code&gt;）</translation>
    </message>
    <message>
        <source>user and group IDs and the capabilities that come with them (see %1)</source>
        <translation>ユーザー ID とグループ ID、およびそれに伴うケーパビリティ（%1 を参照）</translation>
    </message>
    <message>
        <source>the view of the cgroup tree: the container sees its own cgroup as the root</source>
        <translation>cgroup ツリーの見え方：コンテナには自分の cgroup がルートとして見えます</translation>
    </message>
    <message>
        <source>the monotonic and boot-time clocks</source>
        <translation>モノトニッククロックとブートタイムクロック</translation>
    </message>
    <message>
        <source>joins %1</source>
        <translation>%1 に参加</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>shared with the host</source>
        <translation>ホストと共有</translation>
    </message>
    <message>
        <source>A namespace gives the processes inside it their own instance of one kind of system resource. For each entry of &lt;code&gt;linux.namespaces&lt;/code&gt; without a path the container gets a new namespace of that type; an entry with a path joins a namespace that already exists, another container&apos;s for instance; a type that is not listed stays shared with the host.</source>
        <translation>名前空間は、その中のプロセスに、ある種類のシステムリソースの専用のインスタンスを与えます。&lt;code&gt;linux.namespaces&lt;/code&gt; のエントリのうち path のないものについては、コンテナはその種類の新しい名前空間を得ます。path のあるエントリは、たとえば別のコンテナの名前空間など、既存の名前空間に参加します。一覧にない種類はホストと共有されたままです。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>What it isolates</source>
        <translation>隔離するもの</translation>
    </message>
    <message>
        <source>This bundle</source>
        <translation>このバンドル</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Container GID &lt;b&gt;%1&lt;/b&gt; is host GID &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>コンテナの GID &lt;b&gt;%1&lt;/b&gt; はホストの GID &lt;b&gt;%2&lt;/b&gt; です。</translation>
    </message>
    <message>
        <source>Container UID &lt;b&gt;%1&lt;/b&gt; is host UID &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>コンテナの UID &lt;b&gt;%1&lt;/b&gt; はホストの UID &lt;b&gt;%2&lt;/b&gt; です。</translation>
    </message>
    <message>
        <source>Container GID &lt;b&gt;%1&lt;/b&gt; has no mapping.</source>
        <translation>コンテナの GID &lt;b&gt;%1&lt;/b&gt; にはマッピングがありません。</translation>
    </message>
    <message>
        <source>Container UID &lt;b&gt;%1&lt;/b&gt; has no mapping.</source>
        <translation>コンテナの UID &lt;b&gt;%1&lt;/b&gt; にはマッピングがありません。</translation>
    </message>
    <message>
        <source>In a user namespace every user and group ID has two values: the one the container&apos;s processes see and the one the host&apos;s kernel checks. &lt;code&gt;linux.uidMappings&lt;/code&gt; and &lt;code&gt;linux.gidMappings&lt;/code&gt; list ranges: &lt;i&gt;size&lt;/i&gt; IDs from &lt;i&gt;containerID&lt;/i&gt; on stand for as many IDs from &lt;i&gt;hostID&lt;/i&gt; on. Root in the container can then be an ordinary user on the host, and its capabilities count only for what the namespace owns.</source>
        <translation>ユーザー名前空間では、すべてのユーザー ID とグループ ID が 2 つの値を持ちます。コンテナのプロセスから見える値と、ホストのカーネルが検査する値です。&lt;code&gt;linux.uidMappings&lt;/code&gt; と &lt;code&gt;linux.gidMappings&lt;/code&gt; は範囲を列挙します：&lt;i&gt;containerID&lt;/i&gt; から始まる &lt;i&gt;size&lt;/i&gt; 個の ID が、&lt;i&gt;hostID&lt;/i&gt; から始まる同数の ID に対応します。こうしてコンテナ内の root をホスト上では一般ユーザーにでき、そのケーパビリティは名前空間が所有するものにしか効きません。</translation>
    </message>
    <message>
        <source>This bundle has no user namespace: the container&apos;s IDs are the host&apos;s, so UID 0 in the container is root on the host.</source>
        <translation>このバンドルにはユーザー名前空間がありません。コンテナの ID はホストの ID そのものなので、コンテナ内の UID 0 はホスト上の root です。</translation>
    </message>
    <message>
        <source>Its process runs as UID &lt;b&gt;%1&lt;/b&gt;, which is host UID &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>プロセスは UID &lt;b&gt;%1&lt;/b&gt; で実行され、これはホストの UID &lt;b&gt;%1&lt;/b&gt; です。</translation>
    </message>
    <message>
        <source>Its ID mappings take effect only once a user namespace is added.</source>
        <translation>IDマッピングは、ユーザー名前空間を追加して初めて有効になります。</translation>
    </message>
    <message>
        <source>The bundle has a user namespace but no ID mappings: unless it joins an existing namespace by its path, the runtime has nothing to map and refuses to create the container.</source>
        <translation>このバンドルにはユーザー名前空間がありますが、IDマッピングがありません。既存の名前空間にその path で参加するのでない限り、ランタイムはマッピングするものがなく、コンテナの作成を拒否します。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Container IDs</source>
        <translation>コンテナ ID</translation>
    </message>
    <message>
        <source>Host IDs</source>
        <translation>ホスト ID</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>個数</translation>
    </message>
    <message>
        <source>Worked Example</source>
        <translation>具体例</translation>
    </message>
    <message>
        <source>The process runs as container UID %1, so files it creates belong to the host UID it maps to.</source>
        <translation>プロセスはコンテナの UID %1 で実行されるため、作成したファイルはそれがマッピングされるホストの UID の所有になります。</translation>
    </message>
    <message>
        <source>UID &lt;b&gt;%1&lt;/b&gt; is the first container UID without a mapping. No process in the container can switch to it, so a process user without a mapping makes the start fail. The other way round, a file owned by a host UID outside the mappings shows up inside as 65534, the overflow ID (usually named nobody), and cannot be changed.</source>
        <translation>UID &lt;b&gt;%1&lt;/b&gt; は、マッピングのない最初のコンテナ UID です。コンテナ内のどのプロセスもこの UID に切り替えられないため、マッピングのないプロセスユーザーを指定すると起動に失敗します。逆に、マッピングの範囲外のホスト UID が所有するファイルは、コンテナ内ではオーバーフロー ID の 65534（通常 nobody という名前）として見え、変更できません。</translation>
    </message>
    <message>
        <source>Linux divides root&apos;s power into capabilities such as CAP_NET_ADMIN or CAP_SYS_ADMIN, each allowing one kind of privileged operation. A process holds five sets of them:</source>
        <translation>Linux は root の権限を CAP_NET_ADMIN や CAP_SYS_ADMIN などのケーパビリティに分割しており、それぞれが 1 種類の特権操作を許可します。プロセスはケーパビリティのセットを 5 つ持ちます：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bounding&lt;/b&gt;: the ceiling. A capability outside it can never be gained, not even by running a setuid program.</source>
        <translation>&lt;b&gt;バウンディング&lt;/b&gt;（bounding）：上限です。これに含まれないケーパビリティは、setuid プログラムを実行しても決して得られません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Effective&lt;/b&gt;: what the kernel checks at this moment.</source>
        <translation>&lt;b&gt;実効&lt;/b&gt;（effective）：カーネルがその時点で検査するものです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inheritable&lt;/b&gt;: what may pass on to a program the process executes, when that program&apos;s file allows it.</source>
        <translation>&lt;b&gt;継承可能&lt;/b&gt;（inheritable）：プロセスが実行するプログラムに、そのプログラムのファイルが許す場合に引き継がれうるものです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Permitted&lt;/b&gt;: what the process may switch on in its effective set.</source>
        <translation>&lt;b&gt;許可&lt;/b&gt;（permitted）：プロセスが実効セットで有効にしてよいものです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ambient&lt;/b&gt;: what passes on to executed programs without any file capabilities; this is how a process that is not root keeps capabilities across exec.</source>
        <translation>&lt;b&gt;アンビエント&lt;/b&gt;（ambient）：ファイルケーパビリティがなくても、実行したプログラムに引き継がれるものです。root でないプロセスが exec をまたいでケーパビリティを保持するには、これを使います。</translation>
    </message>
    <message>
        <source>The kernel keeps a capability in the ambient set only while it is in both the permitted and the inheritable set, and drops it as soon as either loses it: ambient only carries along what the process could inherit anyway.</source>
        <translation>カーネルは、ケーパビリティが許可セットと継承可能セットの両方にある間だけアンビエントセットに保持し、どちらかから外れた時点で削除します。アンビエントは、プロセスがもともと継承できるものを運ぶだけです。</translation>
    </message>
    <message>
        <source>This bundle lists no capabilities: its process starts with none, even as root.</source>
        <translation>このバンドルはケーパビリティを 1 つも列挙していません。プロセスは root であってもケーパビリティなしで起動します。</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>ケーパビリティ</translation>
    </message>
    <message>
        <source>Ambient without being both permitted and inheritable: %1. The runtime cannot raise them.</source>
        <translation>許可かつ継承可能でないのにアンビエントにあるもの：%1。ランタイムはこれらを引き上げられません。</translation>
    </message>
    <message>
        <source>The container&apos;s filesystem starts as its root filesystem. The runtime then mounts the entries of &lt;code&gt;mounts&lt;/code&gt; one after the other, each at its destination inside the container, so a later mount on the same path or on a parent path hides what an earlier one put there. A &lt;code&gt;bind&lt;/code&gt; mount shows a host directory or file inside; other types such as &lt;code&gt;proc&lt;/code&gt; or &lt;code&gt;tmpfs&lt;/code&gt; make a new filesystem of that type.</source>
        <translation>コンテナのファイルシステムは、最初はルートファイルシステムそのものです。その後ランタイムは &lt;code&gt;mounts&lt;/code&gt; のエントリを順にコンテナ内のマウント先へマウントしていくため、同じパスや親パスへの後のマウントは、前のマウントが置いたものを隠します。&lt;code&gt;bind&lt;/code&gt; マウントはホストのディレクトリやファイルをコンテナ内に見せます。&lt;code&gt;proc&lt;/code&gt; や &lt;code&gt;tmpfs&lt;/code&gt; などの他の種類は、その種類の新しいファイルシステムを作ります。</translation>
    </message>
    <message>
        <source>This bundle has no mounts: the container sees its root filesystem alone, without /proc.</source>
        <translation>このバンドルにはマウントがありません。コンテナには /proc もなく、ルートファイルシステムだけが見えます。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>マウント先</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>After the mounts, masked paths are covered so that nothing can be read there, and read-only paths are mounted again read-only: both keep the container away from parts of /proc and /sys.</source>
        <translation>マウントの後、マスクするパスは何も読めないように覆われ、読み取り専用パスは読み取り専用で再マウントされます。どちらも、コンテナを /proc や /sys の一部から遠ざけます。</translation>
    </message>
    <message>
        <source>Root filesystem read-only</source>
        <translation>ルートファイルシステムを読み取り専用に</translation>
    </message>
    <message>
        <source>Root propagation</source>
        <translation>ルートの伝播</translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation>マスクするパス</translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation>読み取り専用パス</translation>
    </message>
    <message>
        <source>not set: no limit</source>
        <translation>未設定：制限なし</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 バイト（%2）</translation>
    </message>
    <message>
        <source>Control groups (cgroups) gather processes so that the kernel can account for what they use together and limit it. The runtime puts the container&apos;s processes into a cgroup, the one named by &lt;code&gt;linux.cgroupsPath&lt;/code&gt; or one it names itself, and writes the limits of &lt;code&gt;linux.resources&lt;/code&gt; into it. A limit that is not set leaves that resource unlimited.</source>
        <translation>コントロールグループ（cgroup）は、カーネルがプロセスの使用量をまとめて計上し制限できるように、プロセスをまとめます。ランタイムはコンテナのプロセスを cgroup（&lt;code&gt;linux.cgroupsPath&lt;/code&gt; で指定されたもの、またはランタイムが自ら名前を付けたもの）に入れ、&lt;code&gt;linux.resources&lt;/code&gt; の制限をそこに書き込みます。設定されていない制限は、そのリソースを無制限のままにします。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) allowing or denying device access</source>
        <translation>
            <numerusform>デバイスへのアクセスを許可または拒否するルール %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>The CPU quota allows %1 µs of CPU time in every %2 µs: as much as %3 CPUs could do.</source>
        <translation>CPU クォータは %2 µs ごとに %1 µs の CPU 時間を許可します。これは %3 個の CPU が処理できる量に相当します。</translation>
    </message>
    <message>
        <source>The Run mode charts what the running container uses against these limits.</source>
        <translation>実行モードでは、実行中のコンテナの使用量をこれらの制限と比べてグラフに表示します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seccomp&lt;/b&gt; filters system calls: the kernel compares every call with a list of rules and allows it, fails it with an error or stops the process. &lt;code&gt;linux.seccomp&lt;/code&gt; names the action for calls that no rule matches and the rules for the others.</source>
        <translation>&lt;b&gt;Seccomp&lt;/b&gt; はシステムコールをフィルタリングします。カーネルはすべての呼び出しをルールの一覧と照合し、許可するか、エラーで失敗させるか、プロセスを停止します。&lt;code&gt;linux.seccomp&lt;/code&gt; は、どのルールにも一致しない呼び出しに対するアクションと、それ以外の呼び出しに対するルールを指定します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;AppArmor&lt;/b&gt; and &lt;b&gt;SELinux&lt;/b&gt; are mandatory access control: a profile or a label, loaded on the host, decides which files, network operations and capabilities the process may use, even as root. Which of the two a host has depends on its distribution.</source>
        <translation>&lt;b&gt;AppArmor&lt;/b&gt; と &lt;b&gt;SELinux&lt;/b&gt; は強制アクセス制御です。ホストに読み込まれたプロファイルやラベルが、プロセスが root であっても、どのファイル、ネットワーク操作、ケーパビリティを使えるかを決めます。ホストがどちらを備えているかはディストリビューションによります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;noNewPrivileges&lt;/b&gt; means that executing a program can never add privileges: setuid bits and file capabilities are ignored. It also lets a process install a seccomp filter without CAP_SYS_ADMIN.</source>
        <translation>&lt;b&gt;noNewPrivileges&lt;/b&gt; は、プログラムを実行しても特権が決して増えないことを意味します。setuid ビットとファイルケーパビリティは無視されます。また、プロセスが CAP_SYS_ADMIN なしで seccomp フィルターを設定できるようになります。</translation>
    </message>
    <message>
        <source>none: every system call is allowed</source>
        <translation>なし：すべてのシステムコールが許可されます</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s); calls without a rule get %1</source>
        <translation>
            <numerusform>ルール %n 個。ルールのない呼び出しには %1 が適用されます</numerusform>
        </translation>
    </message>
    <message>
        <source>Architectures: %1</source>
        <translation>アーキテクチャ：%1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>the runtime&apos;s namespaces</source>
        <translation>ランタイムの名前空間</translation>
    </message>
    <message>
        <source>the container&apos;s namespaces</source>
        <translation>コンテナの名前空間</translation>
    </message>
    <message>
        <source>during create, once the namespaces exist (deprecated: use createRuntime)</source>
        <translation>create の間、名前空間ができた後（非推奨：createRuntime を使用してください）</translation>
    </message>
    <message>
        <source>during create, once the namespaces exist, before the root changes</source>
        <translation>create の間、名前空間ができた後、ルートが切り替わる前</translation>
    </message>
    <message>
        <source>during create, before the root changes</source>
        <translation>create の間、ルートが切り替わる前</translation>
    </message>
    <message>
        <source>during start, just before the program runs</source>
        <translation>start の間、プログラムが実行される直前</translation>
    </message>
    <message>
        <source>after the program has started, before start returns</source>
        <translation>プログラムの開始後、start が戻る前</translation>
    </message>
    <message>
        <source>after the container is deleted</source>
        <translation>コンテナの削除後</translation>
    </message>
    <message>
        <source>Hooks are programs the runtime runs at fixed points of the lifecycle, for work the container cannot do for itself, such as connecting it to a network. Each hook reads the container&apos;s state as JSON on its standard input. A hook that fails or runs past its timeout makes the runtime give up on the container, except poststart and poststop hooks, whose failures are only logged.</source>
        <translation>フックは、ネットワークへの接続など、コンテナが自分ではできない作業のために、ランタイムがライフサイクルの決まった時点で実行するプログラムです。各フックはコンテナの状態を JSON として標準入力から読み取ります。フックが失敗したりタイムアウトを超えたりすると、ランタイムはそのコンテナをあきらめます。ただし poststart フックと poststop フックは例外で、失敗はログに記録されるだけです。</translation>
    </message>
    <message>
        <source>(timeout %1 s)</source>
        <translation>（タイムアウト %1 秒）</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>Where it runs</source>
        <translation>実行される場所</translation>
    </message>
    <message>
        <source>See %1 for the states these phases lie between.</source>
        <translation>これらのフェーズがどの状態の間にあるかは %1 を参照してください。</translation>
    </message>
    <message>
        <source>Every step of these commands for this bundle, in order and with the field that causes it, is in the Run mode&apos;s %1; it lights up as a container runs.</source>
        <translation>このバンドルに対するこれらのコマンドのすべてのステップは、順序どおりに、その原因となるフィールドとともに、実行モードの %1 に示されています。コンテナの実行中には、到達したステップが強調表示されます。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
</context>
<context>
    <name>ConceptTopics</name>
    <message>
        <source>What a Bundle Is</source>
        <translation>バンドルとは</translation>
    </message>
    <message>
        <source>The Container&apos;s Lifecycle</source>
        <translation>コンテナのライフサイクル</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>User Namespaces and ID Mappings</source>
        <translation>ユーザー名前空間とIDマッピング</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>ケーパビリティ</translation>
    </message>
    <message>
        <source>Mounts and the Filesystem</source>
        <translation>マウントとファイルシステム</translation>
    </message>
    <message>
        <source>Cgroups and Resources</source>
        <translation>cgroup とリソース</translation>
    </message>
    <message>
        <source>Seccomp, AppArmor, SELinux</source>
        <translation>Seccomp、AppArmor、SELinux</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>フック</translation>
    </message>
</context>
<context>
    <name>ConsoleSocket</name>
    <message>
        <source>The console socket path %1 is too long for a Unix socket.</source>
        <translation>コンソールソケットのパス %1 は Unix ソケットには長すぎます。</translation>
    </message>
    <message>
        <source>Could not create the console socket: %1</source>
        <translation>コンソールソケットを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not listen on the console socket %1: %2</source>
        <translation>コンソールソケット %1 で待ち受けできませんでした：%2</translation>
    </message>
    <message>
        <source>The runtime connected to the console socket but sent no terminal.</source>
        <translation>ランタイムはコンソールソケットに接続しましたが、端末を送ってきませんでした。</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send EOF</source>
        <translation>EOF を送信</translation>
    </message>
    <message>
        <source>Find in the output (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>出力内を検索（Enter: 次へ、Shift+Enter: 前へ、Esc: 閉じる）</translation>
    </message>
    <message>
        <source>Input for the container&apos;s stdin</source>
        <translation>コンテナの stdin への入力</translation>
    </message>
    <message>
        <source>Close the container&apos;s stdin</source>
        <translation>コンテナの stdin を閉じます</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>コンソール出力</translation>
    </message>
    <message>
        <source>What the container wrote to stdout and stderr</source>
        <translation>コンテナが stdout と stderr に書き込んだ内容</translation>
    </message>
    <message>
        <source>Console input</source>
        <translation>コンソール入力</translation>
    </message>
</context>
<context>
    <name>ContainerProcess</name>
    <message>
        <source>The runtime&apos;s process list is not the expected table.</source>
        <translation>ランタイムのプロセス一覧が想定した表の形式ではありません。</translation>
    </message>
</context>
<context>
    <name>ContainerSession</name>
    <message>
        <source>The process exited with code %1.</source>
        <translation>プロセスはコード %1 で終了しました。</translation>
    </message>
    <message>
        <source>Another action is still running.</source>
        <translation>別の操作がまだ実行中です。</translation>
    </message>
    <message>
        <source>The container is %1; this action is not possible now.</source>
        <translation>コンテナは%1です。この操作は現在行えません。</translation>
    </message>
    <message>
        <source>Cannot create a working directory: %1</source>
        <translation>作業ディレクトリを作成できません：%1</translation>
    </message>
    <message>
        <source>A process started with Exec is still running.</source>
        <translation>Exec で開始したプロセスがまだ実行中です。</translation>
    </message>
</context>
<context>
    <name>ContainerState</name>
    <message>
        <source>no container</source>
        <translation>コンテナなし</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The runtime&apos;s state is not a JSON object.</source>
        <translation>ランタイムの状態が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The runtime&apos;s state has no container ID.</source>
        <translation>ランタイムの状態にコンテナ ID がありません。</translation>
    </message>
    <message>
        <source>The runtime&apos;s state is not valid JSON.</source>
        <translation>ランタイムの状態が有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The runtime&apos;s container list is not a JSON array.</source>
        <translation>ランタイムのコンテナ一覧が JSON 配列ではありません。</translation>
    </message>
</context>
<context>
    <name>ContainerStdio</name>
    <message>
        <source>Could not create pipes: %1</source>
        <translation>パイプを作成できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>ContainerStopper</name>
    <message>
        <source>The container is %1; there is nothing to stop.</source>
        <translation>コンテナは%1です。停止するものはありません。</translation>
    </message>
    <message>
        <source>Stopping was canceled.</source>
        <translation>停止はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>ContainerViewModel</name>
    <message>
        <source>The host has no %1 to bind here.</source>
        <translation>ホストにはここでバインドする %1 がありません。</translation>
    </message>
    <message>
        <source>Nothing to read.</source>
        <translation>読み取るものがありません。</translation>
    </message>
    <message>
        <source>root filesystem</source>
        <translation>ルートファイルシステム</translation>
    </message>
    <message>
        <source>mount %1: %2 %3</source>
        <translation>マウント %1: %2 %3</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>マスク済み</translation>
    </message>
    <message>
        <source>created by the runtime</source>
        <translation>ランタイムが作成</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1、読み取り専用</translation>
    </message>
    <message>
        <source>The kernel&apos;s view of the processes in the container&apos;s PID namespace, not the host&apos;s /proc.</source>
        <translation>コンテナの PID 名前空間内のプロセスをカーネルから見たものです。ホストの /proc ではありません。</translation>
    </message>
    <message>
        <source>The kernel&apos;s view of devices, drivers and their settings.</source>
        <translation>デバイス、ドライバーとその設定をカーネルから見たものです。</translation>
    </message>
    <message>
        <source>An empty filesystem in memory: what is written there is gone when the container stops.</source>
        <translation>メモリ上の空のファイルシステムです。ここに書き込んだ内容はコンテナの停止とともに消えます。</translation>
    </message>
    <message>
        <source>The container&apos;s pseudo-terminals.</source>
        <translation>コンテナの疑似端末です。</translation>
    </message>
    <message>
        <source>The POSIX message queues of the container&apos;s IPC namespace.</source>
        <translation>コンテナの IPC 名前空間の POSIX メッセージキューです。</translation>
    </message>
    <message>
        <source>The container&apos;s control groups: its limits and what it uses.</source>
        <translation>コンテナのコントロールグループ：その制限と使用量です。</translation>
    </message>
    <message>
        <source>A %1 filesystem; its contents are not read here.</source>
        <translation>%1 ファイルシステムです。ここでは内容を読み取りません。</translation>
    </message>
    <message>
        <source>Masked (linux.maskedPaths): where the kernel has it, the process finds an empty read-only directory or /dev/null.</source>
        <translation>マスク済み（linux.maskedPaths）：カーネルに存在する場合、プロセスからは空の読み取り専用ディレクトリまたは /dev/null に見えます。</translation>
    </message>
    <message>
        <source>Masked (linux.maskedPaths): the process finds an empty read-only directory here.</source>
        <translation>マスク済み（linux.maskedPaths）：プロセスからはここに空の読み取り専用ディレクトリが見えます。</translation>
    </message>
    <message>
        <source>Masked (linux.maskedPaths): the process finds /dev/null here.</source>
        <translation>マスク済み（linux.maskedPaths）：プロセスからはここに /dev/null が見えます。</translation>
    </message>
    <message>
        <source>Not there before: the runtime creates this directory for a mount below it.</source>
        <translation>元は存在しません：ランタイムがこの下のマウントのためにこのディレクトリを作成します。</translation>
    </message>
    <message>
        <source>The runtime creates this device as linux.devices asks.</source>
        <translation>linux.devices の指定どおりにランタイムがこのデバイスを作成します。</translation>
    </message>
    <message>
        <source>runc creates this link in every container&apos;s /dev.</source>
        <translation>runc はすべてのコンテナの /dev にこのリンクを作成します。</translation>
    </message>
    <message>
        <source>runc creates this device in every container&apos;s /dev.</source>
        <translation>runc はすべてのコンテナの /dev にこのデバイスを作成します。</translation>
    </message>
    <message>
        <source>From the host: %1</source>
        <translation>ホストから：%1</translation>
    </message>
    <message>
        <source>Named in the config; the %1 filesystem has it where the kernel provides it.</source>
        <translation>設定に記載されています。カーネルが提供する場合、%1 ファイルシステムに存在します。</translation>
    </message>
    <message>
        <source>The runtime creates the mount point.</source>
        <translation>ランタイムがマウントポイントを作成します。</translation>
    </message>
    <message>
        <source>Read-only: %1 is in linux.readonlyPaths.</source>
        <translation>読み取り専用：%1 は linux.readonlyPaths にあります。</translation>
    </message>
    <message>
        <source>%1 filesystem</source>
        <translation>%1 ファイルシステム</translation>
    </message>
    <message>
        <source>Not known here</source>
        <translation>ここでは不明</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供元</translation>
    </message>
</context>
<context>
    <name>ContainersMode</name>
    <message>
        <source>This bundle belongs to container %1 (managed by %2); its runtime read it when the container was created, so edits change nothing in it. Save As copies the bundle elsewhere; Save would change the original under %2.</source>
        <translation>このバンドルはコンテナ %1（%2 が管理）のものです。ランタイムはコンテナの作成時にこれを読み込んだため、編集してもコンテナには何も反映されません。「名前を付けて保存」はバンドルを別の場所にコピーします。「保存」は %2 の管理下にある元のバンドルを変更します。</translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <source>Containers on this machine</source>
        <translation>このマシン上のコンテナ</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 を一覧できませんでした：%2</translation>
    </message>
    <message>
        <source>Filter by ID, bundle, owner, manager…</source>
        <translation>ID、バンドル、所有者、マネージャーで絞り込み…</translation>
    </message>
    <message>
        <source>Filter containers</source>
        <translation>コンテナを絞り込む</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>ランタイム</translation>
    </message>
    <message>
        <source>All runtimes</source>
        <translation>すべてのランタイム</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>List the containers again (this happens every few seconds while shown)</source>
        <translation>コンテナを一覧し直します（表示中は数秒ごとに自動で行われます）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the container&apos;s bundle in the editor, as it is on disk</source>
        <translation>ディスク上にあるとおりに、コンテナのバンドルをエディターで開きます</translation>
    </message>
    <message>
        <source>Watch in Run</source>
        <translation>実行モードで監視</translation>
    </message>
    <message>
        <source>Follow the container in Run mode: its state, processes and statistics</source>
        <translation>実行モードでコンテナを追跡します：状態、プロセス、統計</translation>
    </message>
    <message>
        <source>Shell…</source>
        <translation>シェル…</translation>
    </message>
    <message>
        <source>Start /bin/sh in the running container, in a terminal in Run mode</source>
        <translation>実行中のコンテナで /bin/sh を起動し、実行モードの端末に表示します</translation>
    </message>
    <message>
        <source>Kill…</source>
        <translation>強制終了…</translation>
    </message>
    <message>
        <source>Send SIGKILL to the container&apos;s processes</source>
        <translation>コンテナのプロセスに SIGKILL を送ります</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete the container from its runtime&apos;s state</source>
        <translation>ランタイムの状態からコンテナを削除します</translation>
    </message>
    <message>
        <source>Delete Stopped…</source>
        <translation>停止済みを削除…</translation>
    </message>
    <message>
        <source>Delete every stopped container the editor started; those of other tools stay</source>
        <translation>エディターが開始した停止済みコンテナをすべて削除します。他のツールのコンテナは残ります</translation>
    </message>
    <message>
        <source>Containers: %1 · State directories: %2</source>
        <translation>コンテナ：%1 · 状態ディレクトリ：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>The editor did not start %1: it is managed by %2 and owned by %3, and they will not know what happened to it.</source>
        <translation>%1 はこのエディターが開始したものではありません。%2 が管理し %3 が所有しているため、何が起きたかをそれらは把握できません。</translation>
    </message>
    <message>
        <source>Kill container %1 (SIGKILL)?</source>
        <translation>コンテナ %1 を強制終了しますか（SIGKILL）？</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>強制終了</translation>
    </message>
    <message>
        <source>Delete container %1?</source>
        <translation>コンテナ %1 を削除しますか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Start /bin/sh in container %1?</source>
        <translation>コンテナ %1 で /bin/sh を起動しますか？</translation>
    </message>
    <message>
        <source>Start Shell</source>
        <translation>シェルを起動</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n stopped container(s) the editor started?</source>
        <translation>
            <numerusform>エディターが開始した停止済みコンテナ %n 個を削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Every container of every runtime state directory; the buttons below act on the selected one</source>
        <translation>すべてのランタイム状態ディレクトリにあるすべてのコンテナ。下のボタンは選択したコンテナに対して動作します</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>ランタイム:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Device nodes</source>
        <translation>デバイスノード</translation>
    </message>
    <message>
        <source>The runtime creates these nodes inside the container. Type: c = character, b = block, u = unbuffered character, p = FIFO. File modes are shown in octal.</source>
        <translation>ランタイムはこれらのノードをコンテナ内に作成します。タイプ：c = キャラクター、b = ブロック、u = バッファなしキャラクター、p = FIFO。ファイルモードは 8 進数で表示されます。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>メジャー</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <source>File mode</source>
        <translation>ファイルモード</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>GID</source>
        <translation>GID</translation>
    </message>
    <message>
        <source>device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Device access rules (device cgroup)</source>
        <translation>デバイスアクセスルール（device cgroup）</translation>
    </message>
    <message>
        <source>Rules apply in order; the last one that matches a device decides. Type a = all devices; an empty major or minor matches every number. Access: r = read, w = write, m = create the node.</source>
        <translation>ルールは順に適用され、デバイスに一致した最後のルールで決まります。タイプ a = すべてのデバイス。メジャーやマイナーが空の場合はすべての番号に一致します。アクセス：r = 読み取り、w = 書き込み、m = ノードの作成。</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>device rule</source>
        <translation>デバイスルール</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
</context>
<context>
    <name>DiskConflictDialog</name>
    <message>
        <source>Show &amp;Differences</source>
        <translation>違いを表示(&amp;D)</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>%1 was removed by another program since you opened it. Save your version again?</source>
        <translation>%1 は開いた後に別のプログラムによって削除されました。自分のバージョンを再度保存しますか？</translation>
    </message>
    <message>
        <source>%1 was removed by another program. Your version stays open; saving writes it again.</source>
        <translation>%1 は別のプログラムによって削除されました。自分のバージョンは開いたままで、保存すると再び書き込まれます。</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened it. Saving now would overwrite that change.</source>
        <translation>%1 は開いた後に別のプログラムによって変更されました。今保存すると、その変更は上書きされます。</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it, or keep your version and save it over the change later?</source>
        <translation>%1 は別のプログラムによって変更されました。再読み込みしますか？ それとも自分のバージョンを維持し、後でその変更の上に保存しますか？</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>ディスク上</translation>
    </message>
    <message>
        <source>In the editor</source>
        <translation>エディター内</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <extracomment>A tab of Show Differences: the changes field by field.</extracomment>
        <translation>フィールド(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <extracomment>A tab of Show Differences: the changes line by line (diff -u).</extracomment>
        <translation>行(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>ディスクから再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save My Version</source>
        <translation>自分のバージョンを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>自分のバージョンを維持(&amp;K)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>後で決める(&amp;L)</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>ディスク上</translation>
    </message>
    <message>
        <source>in the editor</source>
        <translation>エディター内</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>2 つのバージョンは同じです。</translation>
    </message>
</context>
<context>
    <name>ExecForm</name>
    <message>
        <source>Allocate a terminal</source>
        <translation>端末を割り当てる</translation>
    </message>
    <message>
        <source>Exec</source>
        <translation>Exec</translation>
    </message>
    <message>
        <source>sh -c &apos;echo hello&apos;</source>
        <translation>sh -c &apos;echo hello&apos;</translation>
    </message>
    <message>
        <source>One NAME=value per line</source>
        <translation>1 行に 1 つずつ NAME=value</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境変数:</translation>
    </message>
    <message>
        <source>Working directory:</source>
        <translation>作業ディレクトリ:</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ユーザー ID:</translation>
    </message>
    <message>
        <source>Group ID:</source>
        <translation>グループ ID:</translation>
    </message>
    <message>
        <source>The program and its arguments, split as a shell would: quotes group words, a backslash escapes the next character. Nothing is expanded.</source>
        <translation>プログラムとその引数です。シェルと同様に分割されます：引用符は語をまとめ、バックスラッシュは次の文字をエスケープします。展開は一切行われません。</translation>
    </message>
</context>
<context>
    <name>ExecRequest</name>
    <message>
        <source>Enter the program to run.</source>
        <translation>実行するプログラムを入力してください。</translation>
    </message>
    <message>
        <source>The working directory must be an absolute path.</source>
        <translation>作業ディレクトリは絶対パスでなければなりません。</translation>
    </message>
    <message>
        <source>The environment entry &quot;%1&quot; is not NAME=value.</source>
        <translation>環境変数のエントリ「%1」が NAME=value の形式ではありません。</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>%1 (others are passed on as they are)</source>
        <translation>%1（その他はそのまま渡されます）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>yes, on %1</source>
        <translation>はい（%1）</translation>
    </message>
    <message>
        <source>Click into a field to see what it means.</source>
        <translation>フィールドをクリックすると、その意味が表示されます。</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>（ドキュメント）</translation>
    </message>
    <message>
        <source>This field is not part of the runtime specification; it may belong to a runtime or tool that added it. The editor keeps it exactly as it is.</source>
        <translation>このフィールドはランタイム仕様の一部ではありません。追加したランタイムやツールのものかもしれません。エディターはこのフィールドをそのまま保持します。</translation>
    </message>
    <message>
        <source>Deprecated: avoid it in new configurations.</source>
        <translation>非推奨：新しい設定では使用しないでください。</translation>
    </message>
    <message>
        <source>%1, removed in %2</source>
        <translation>%1、%2 で削除</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>使用できる値</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>導入</translation>
    </message>
    <message>
        <source>runtime-spec %1</source>
        <translation>runtime-spec %1</translation>
    </message>
    <message>
        <source>Spec section</source>
        <translation>仕様のセクション</translation>
    </message>
    <message>
        <source>Learn more: %1</source>
        <extracomment>%1 is a Learn OCI page, e.g. &quot;Namespaces&quot;.</extracomment>
        <translation>詳しく：%1</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>What the field in focus means and what runtimes do with it</source>
        <translation>フォーカスのあるフィールドの意味と、ランタイムがそれをどう扱うか</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
</context>
<context>
    <name>FieldContextMenu</name>
    <message>
        <source>Copy Pointer</source>
        <translation>ポインターをコピー</translation>
    </message>
    <message>
        <source>Copy Value as JSON</source>
        <translation>値を JSON としてコピー</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>ELF, truncated</source>
        <translation>ELF、途中で切れています</translation>
    </message>
    <message>
        <source>ELF, invalid header</source>
        <translation>ELF、不正なヘッダー</translation>
    </message>
    <message>
        <source>ELF %1-bit, %2, static (no interpreter)</source>
        <translation>ELF %1 ビット、%2、静的（インタープリターなし）</translation>
    </message>
    <message>
        <source>ELF %1-bit, %2, interpreter %3</source>
        <translation>ELF %1 ビット、%2、インタープリター %3</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>(document)</source>
        <translation>（ドキュメント）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>FormEditorPage</name>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>FromImageDialog</name>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>New Bundle from Image</source>
        <translation>イメージから新規バンドル</translation>
    </message>
    <message>
        <source>OCI image layout directory</source>
        <translation>OCI イメージレイアウトのディレクトリ</translation>
    </message>
    <message>
        <source>OCI archive (tar)</source>
        <translation>OCI アーカイブ（tar）</translation>
    </message>
    <message>
        <source>Docker archive (docker save)</source>
        <translation>Docker アーカイブ（docker save）</translation>
    </message>
    <message>
        <source>Registry (needs the network)</source>
        <translation>レジストリ（ネットワークが必要）</translation>
    </message>
    <message>
        <source>An empty or new directory</source>
        <translation>空または新しいディレクトリ</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ソース(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>イメージ(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>ディレクトリ(&amp;D):</translation>
    </message>
    <message>
        <source>The output of skopeo and umoci appears here.</source>
        <translation>skopeo と umoci の出力がここに表示されます。</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <source>The image&apos;s root filesystem is unpacked with umoci (skopeo copies archives and registry images first). The config is the template&apos;s, with the image&apos;s command, environment, user, working directory and volumes on top.</source>
        <translation>イメージのルートファイルシステムは umoci で展開されます（アーカイブとレジストリのイメージは先に skopeo がコピーします）。設定はテンプレートのものに、イメージのコマンド、環境変数、ユーザー、作業ディレクトリ、ボリュームを重ねたものです。</translation>
    </message>
    <message>
        <source>Canceled; what the import had written is removed.</source>
        <translation>キャンセルしました。インポートで書き込まれたものは削除されます。</translation>
    </message>
    <message>
        <source>PATH[:TAG], the tag &quot;latest&quot; when none is given</source>
        <translation>PATH[:TAG]（指定がなければタグ「latest」）</translation>
    </message>
    <message>
        <source>PATH of the .tar file</source>
        <translation>.tar ファイルの PATH</translation>
    </message>
    <message>
        <source>NAME[:TAG], e.g. docker.io/library/busybox:latest</source>
        <translation>NAME[:TAG]（例：docker.io/library/busybox:latest）</translation>
    </message>
    <message>
        <source>Choose an OCI Image Layout</source>
        <translation>OCI イメージレイアウトを選択</translation>
    </message>
    <message>
        <source>Choose an Image Archive</source>
        <translation>イメージアーカイブを選択</translation>
    </message>
    <message>
        <source>Image archives (*.tar);;All files (*)</source>
        <translation>イメージアーカイブ (*.tar);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a Directory for the New Bundle</source>
        <translation>新しいバンドルのディレクトリを選択</translation>
    </message>
    <message>
        <source>Choose a directory for the new bundle.</source>
        <translation>新しいバンドルのディレクトリを選んでください。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
    <message>
        <source>Import output</source>
        <translation>インポートの出力</translation>
    </message>
    <message>
        <source>What skopeo and umoci write while they import</source>
        <translation>skopeo と umoci がインポート中に書き出す内容</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Not set: the runtime&apos;s default</source>
        <translation>未設定：ランタイムのデフォルト</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>rootfs (relative to the bundle directory)</source>
        <translation>rootfs（バンドルディレクトリからの相対パス）</translation>
    </message>
    <message>
        <source>Mount the root filesystem &amp;read-only</source>
        <translation>ルートファイルシステムを読み取り専用でマウント(&amp;R)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>アノテーション</translation>
    </message>
    <message>
        <source>Free-form key/value metadata; keys are usually reverse domain names.</source>
        <translation>自由形式のキーと値のメタデータです。キーは通常、逆ドメイン名です。</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>仕様</translation>
    </message>
    <message>
        <source>OCI &amp;version:</source>
        <translation>OCI バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <source>Host &amp;name:</source>
        <translation>ホスト名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Domain name:</source>
        <translation>ドメイン名(&amp;D):</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>ルートファイルシステム</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>パス(&amp;P):</translation>
    </message>
    <message>
        <source>Annota&amp;tions</source>
        <translation>アノテーション(&amp;T)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <source>Deprecated; use createRuntime. Runs in the runtime&apos;s namespaces while the container is created, after its namespaces exist and before its root filesystem is switched.</source>
        <translation>非推奨です。createRuntime を使ってください。コンテナの作成中、名前空間ができた後、ルートファイルシステムが切り替わる前に、ランタイムの名前空間で実行されます。</translation>
    </message>
    <message>
        <source>Runs in the runtime&apos;s namespaces while the container is created, after its namespaces exist and before its root filesystem is switched (e.g. to set up networking).</source>
        <translation>コンテナの作成中、名前空間ができた後、ルートファイルシステムが切り替わる前に、ランタイムの名前空間で実行されます（例：ネットワークの設定）。</translation>
    </message>
    <message>
        <source>Runs inside the container&apos;s namespaces while it is created, before its root filesystem is switched; the path is resolved in the runtime&apos;s namespace.</source>
        <translation>コンテナの作成中、ルートファイルシステムが切り替わる前に、コンテナの名前空間内で実行されます。パスはランタイムの名前空間で解決されます。</translation>
    </message>
    <message>
        <source>Runs inside the container when it is started, just before its program runs; the path is resolved inside the container.</source>
        <translation>コンテナの開始時、プログラムが実行される直前にコンテナ内で実行されます。パスはコンテナ内で解決されます。</translation>
    </message>
    <message>
        <source>Runs in the runtime&apos;s namespaces after the container&apos;s program has started; a failure is only logged.</source>
        <translation>コンテナのプログラムが開始した後、ランタイムの名前空間で実行されます。失敗はログに記録されるだけです。</translation>
    </message>
    <message>
        <source>Runs in the runtime&apos;s namespaces after the container is deleted, to clean up; a failure is only logged.</source>
        <translation>コンテナの削除後、後片付けのためにランタイムの名前空間で実行されます。失敗はログに記録されるだけです。</translation>
    </message>
    <message>
        <source>Selected hook</source>
        <translation>選択したフック</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1（非推奨）</translation>
    </message>
    <message>
        <source>no timeout</source>
        <translation>タイムアウトなし</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Hooks are programs the runtime runs at points of the container&apos;s life. Each gets the container&apos;s state as JSON on its standard input.</source>
        <translation>フックは、コンテナのライフサイクルの各時点でランタイムが実行するプログラムです。それぞれ標準入力でコンテナの状態を JSON として受け取ります。</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>パス(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Timeout (s):</source>
        <translation>タイムアウト（秒）(&amp;T):</translation>
    </message>
    <message>
        <source>The first argument is the program name.</source>
        <translation>最初の引数はプログラム名です。</translation>
    </message>
    <message>
        <source>Ar&amp;guments</source>
        <translation>引数(&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation>環境変数(&amp;N)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>タイムアウト（秒）</translation>
    </message>
    <message>
        <source>hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Hook kinds</source>
        <translation>フックの種類</translation>
    </message>
    <message>
        <source>When in a container&apos;s life the hooks run; the chosen kind&apos;s hooks show beside</source>
        <translation>コンテナのライフサイクルのどの時点でフックが実行されるか。選択した種類のフックが横に表示されます</translation>
    </message>
</context>
<context>
    <name>HostContainersModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>ランタイム</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>管理元</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>状態ルート</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>バンドル</translation>
    </message>
</context>
<context>
    <name>IdMapDiagram</name>
    <message>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>No mappings</source>
        <translation>マッピングなし</translation>
    </message>
    <message>
        <source>Ranges that overlap another range</source>
        <translation>他の範囲と重なる範囲</translation>
    </message>
    <message>
        <source>No mappings.</source>
        <translation>マッピングがありません。</translation>
    </message>
    <message>
        <source>Container ID %1 maps to host ID %2.</source>
        <translation>コンテナ ID %1 はホスト ID %2 にマッピングされます。</translation>
    </message>
    <message>
        <source>Container IDs %1–%2 map to host IDs %3–%4.</source>
        <translation>コンテナ ID %1–%2 はホスト ID %3–%4 にマッピングされます。</translation>
    </message>
    <message>
        <source>This range overlaps another one.</source>
        <translation>この範囲は別の範囲と重なっています。</translation>
    </message>
    <message>
        <source>ID mapping diagram</source>
        <translation>IDマッピングの図</translation>
    </message>
</context>
<context>
    <name>IdMappingTable</name>
    <message>
        <source>Container ID</source>
        <translation>コンテナ ID</translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation>ホスト ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>IdMappingsPage</name>
    <message>
        <source>UID mapping</source>
        <translation>UIDマッピング</translation>
    </message>
    <message>
        <source>GID mapping</source>
        <translation>GIDマッピング</translation>
    </message>
    <message>
        <source>Inside a user namespace, each range of container IDs stands for a range of host IDs of the same size. IDs outside every range show up as the overflow ID (usually 65534, &quot;nobody&quot;).</source>
        <translation>ユーザー名前空間内では、コンテナ ID の各範囲が、同じサイズのホスト ID の範囲に対応します。どの範囲にも含まれない ID はオーバーフロー ID（通常は 65534、「nobody」）として表示されます。</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Group IDs</source>
        <translation>グループ ID</translation>
    </message>
    <message>
        <source>ID mappings</source>
        <translation>IDマッピング</translation>
    </message>
    <message>
        <source>These mappings take effect only with a new user namespace; add one on the Namespaces tab.</source>
        <translation>これらのマッピングは、新しいユーザー名前空間がある場合にのみ有効です。「名前空間」タブで追加してください。</translation>
    </message>
    <message>
        <source>User ID mappings as a diagram</source>
        <translation>ユーザー ID マッピングの図</translation>
    </message>
    <message>
        <source>Group ID mappings as a diagram</source>
        <translation>グループ ID マッピングの図</translation>
    </message>
</context>
<context>
    <name>ImageConfigMapper</name>
    <message>
        <source>The image configuration is not a JSON object.</source>
        <translation>イメージ設定が JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>ImageImporter</name>
    <message>
        <source>Copying the image (skopeo)</source>
        <translation>イメージをコピー中（skopeo）</translation>
    </message>
    <message>
        <source>Unpacking the image (umoci)</source>
        <translation>イメージを展開中（umoci）</translation>
    </message>
    <message>
        <source>Writing config.json</source>
        <translation>config.json を書き込み中</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>インポートは既に実行中です。</translation>
    </message>
    <message>
        <source>An image can be laid over the templates %1, not &quot;%2&quot;.</source>
        <translation>イメージを重ねられるのはテンプレート %1 で、「%2」には重ねられません。</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty directory; a new bundle needs a directory of its own.</source>
        <translation>%1 は存在し、空のディレクトリではありません。新しいバンドルには専用のディレクトリが必要です。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 failed: %2 could not be started (%3). Install the Debian package %2.</source>
        <translation>%1 に失敗しました：%2 を起動できませんでした（%3）。Debian パッケージ %2 をインストールしてください。</translation>
    </message>
    <message>
        <source>%1 failed: %2 exited with %3.
%4</source>
        <translation>%1 に失敗しました：%2 が %3 で終了しました。
%4</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました：%2</translation>
    </message>
</context>
<context>
    <name>ImageLayout</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The image layout has a descriptor without a valid digest (&quot;%1&quot;).</source>
        <translation>イメージレイアウトに有効なダイジェストのない記述子があります（「%1」）。</translation>
    </message>
    <message>
        <source>The image index lists no manifests.</source>
        <translation>イメージインデックスにマニフェストがありません。</translation>
    </message>
    <message>
        <source>The image layout has no image tagged &quot;%1&quot;.</source>
        <translation>イメージレイアウトにタグ「%1」のイメージがありません。</translation>
    </message>
    <message>
        <source>The image index nests more than one level deep.</source>
        <translation>イメージインデックスの入れ子が 2 段階以上あります。</translation>
    </message>
    <message>
        <source>The image&apos;s manifest names no configuration.</source>
        <translation>イメージのマニフェストに設定が指定されていません。</translation>
    </message>
</context>
<context>
    <name>ImageReference</name>
    <message>
        <source>&quot;%1&quot; names no image.</source>
        <translation>「%1」はイメージを指していません。</translation>
    </message>
</context>
<context>
    <name>ImageUser</name>
    <message>
        <source>The image runs as user &quot;%1&quot;, whom the image&apos;s /etc/passwd does not list.</source>
        <translation>イメージはユーザー「%1」として実行されますが、イメージの /etc/passwd にこのユーザーはありません。</translation>
    </message>
    <message>
        <source>The image runs with group &quot;%1&quot;, which the image&apos;s /etc/group does not list.</source>
        <translation>イメージはグループ「%1」で実行されますが、イメージの /etc/group にこのグループはありません。</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じます</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <source>Only what is worth a look</source>
        <translation>要注意のものだけ</translation>
    </message>
    <message>
        <source>Setuid and setgid programs, what anyone may write, device nodes, links out of the root filesystem and owners the user namespace does not map</source>
        <translation>setuid と setgid のプログラム、誰でも書き込めるもの、デバイスノード、ルートファイルシステム外へのリンク、ユーザー名前空間でマッピングされない所有者</translation>
    </message>
    <message>
        <source>This configuration names no root filesystem (root.path), or it is not saved yet.</source>
        <translation>この設定にはルートファイルシステム（root.path）が指定されていないか、まだ保存されていません。</translation>
    </message>
    <message>
        <source>Root filesystem: %1</source>
        <translation>ルートファイルシステム：%1</translation>
    </message>
    <message>
        <source>files: %1, folders: %2, size: %3, worth a look: %4</source>
        <translation>ファイル：%1、フォルダー：%2、サイズ：%3、要注意：%4</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>ルートファイルシステム</translation>
    </message>
    <message>
        <source>The files of the root filesystem, read-only; Enter on a mounted path shows its mount</source>
        <translation>ルートファイルシステムのファイル（読み取り専用）。マウントされたパスで Enter キーを押すと、そのマウントを表示します</translation>
    </message>
</context>
<context>
    <name>InspectViewSwitch</name>
    <message>
        <source>On disk</source>
        <translation>ディスク上</translation>
    </message>
    <message>
        <source>The root filesystem as it lies in the bundle</source>
        <translation>バンドル内にあるとおりのルートファイルシステム</translation>
    </message>
    <message>
        <source>As the container sees it</source>
        <translation>コンテナから見た状態</translation>
    </message>
    <message>
        <source>The root filesystem with the mounts, masked and read-only paths of the configuration laid over it</source>
        <translation>設定のマウント、マスクするパス、読み取り専用パスを重ねたルートファイルシステム</translation>
    </message>
</context>
<context>
    <name>JsonEdits</name>
    <message>
        <source>Cannot add to %1: it is not an array.</source>
        <translation>%1 に追加できません：配列ではありません。</translation>
    </message>
    <message>
        <source>Cannot remove %1: there is nothing there.</source>
        <translation>%1 を削除できません：何もありません。</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 を %2 に設定</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <extracomment>%1 is a JSON value, %2 the array it is added to.</extracomment>
        <translation>%2 に %1 を追加</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <extracomment>%1 is a JSON pointer, %2 what was expected (&quot;a string&quot;), %3 the JSON type found</extracomment>
        <translation>%1: %2 が必要ですが、%3 です</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1〜%2 の整数</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>%1 is outside the range of integers a configuration holds exactly (-9223372036854775808 to 18446744073709551615).</source>
        <translation>%1 は、設定で正確に保持できる整数の範囲（-9223372036854775808〜18446744073709551615）を超えています。</translation>
    </message>
    <message>
        <source>The number %1 cannot be stored exactly: it would be saved as %2.</source>
        <translation>数値 %1 は正確に保存できません：%2 として保存されます。</translation>
    </message>
    <message>
        <source>%1 is out of the range of a JSON number a runtime can read (about -1.8e308 to 1.8e308).</source>
        <translation>%1 は、ランタイムが読み取れる JSON 数値の範囲（約 -1.8e308〜1.8e308）を超えています。</translation>
    </message>
    <message>
        <source>The value %1 is not valid JSON (at character %2). Strings need quotes: &apos;&quot;text&quot;&apos;.</source>
        <translation>値 %1 は有効な JSON ではありません（%2 文字目）。文字列には引用符が必要です：&apos;&quot;text&quot;&apos;。</translation>
    </message>
    <message>
        <source>The value is nested more than %1 levels deep.</source>
        <translation>値の入れ子が %1 段階より深くなっています。</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text; a configuration holds UTF-8 only, and the invalid bytes would be lost.</source>
        <translation>値が有効な UTF-8 テキストではありません。設定は UTF-8 しか保持できず、不正なバイトは失われます。</translation>
    </message>
</context>
<context>
    <name>JsonPage</name>
    <message>
        <source>Double-click a value to edit it; it keeps its JSON type.</source>
        <translation>値をダブルクリックすると編集できます。JSON の型は維持されます。</translation>
    </message>
    <message>
        <source>Find in the text (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>テキスト内を検索（Enter: 次へ、Shift+Enter: 前へ、Esc: 閉じる）</translation>
    </message>
    <message>
        <source>Document &amp;tree:</source>
        <translation>ドキュメントツリー(&amp;T):</translation>
    </message>
    <message>
        <source>The file as it will be &amp;saved (editable; Ctrl+Space completes, Ctrl+click opens the tab for a field):</source>
        <translation>保存されるとおりのファイル（編集可。Ctrl+Space で補完、Ctrl+クリックでフィールドのタブを開く）(&amp;S):</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Every member of config.json as a tree; values can be edited in place</source>
        <translation>config.json のすべてのメンバーのツリー。値はその場で編集できます</translation>
    </message>
</context>
<context>
    <name>JsonTextDiff</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行 %2 列：%3</translation>
    </message>
    <message>
        <source>The whole configuration must be a JSON object.</source>
        <translation>設定全体が JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>this is not valid JSON.</source>
        <translation>有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>A number is out of the range of a JSON number a runtime can read.</source>
        <translation>数値が、ランタイムが読み取れる JSON 数値の範囲を超えています。</translation>
    </message>
    <message>
        <source>The values are nested more than %1 levels deep.</source>
        <translation>値の入れ子が %1 段階より深くなっています。</translation>
    </message>
    <message>
        <source>Edit the JSON text</source>
        <translation>JSON テキストを編集</translation>
    </message>
</context>
<context>
    <name>JsonTextEdit</name>
    <message>
        <source>Only the layout changed; saving keeps the file&apos;s own layout.</source>
        <translation>変わったのはレイアウトだけです。保存してもファイル本来のレイアウトは維持されます。</translation>
    </message>
    <message>
        <source>%1 The document changed elsewhere meanwhile; applying this text would undo those changes.</source>
        <translation>%1 その間にドキュメントが別の場所で変更されました。このテキストを適用すると、それらの変更が取り消されます。</translation>
    </message>
    <message>
        <source>config.json as Save writes it, editable. Tab indents; Ctrl+Tab and Ctrl+Shift+Tab move the focus out.</source>
        <translation>保存時に書き込まれる形の config.json（編集可）。Tab キーでインデントし、Ctrl+Tab と Ctrl+Shift+Tab でフォーカスを外に移動します。</translation>
    </message>
</context>
<context>
    <name>JsonUtil</name>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer: a pointer is empty or starts with &quot;/&quot;, e.g. /process/args/0.</source>
        <translation>「%1」は JSON ポインターではありません：ポインターは空か「/」で始まります（例：/process/args/0）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer: %2 is not a valid escape; use ~0 for ~ and ~1 for /.</source>
        <extracomment>%2 is the faulty escape, e.g. ~2.</extracomment>
        <translation>「%1」は JSON ポインターではありません：%2 は有効なエスケープではありません。~ には ~0、/ には ~1 を使ってください。</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>LaunchTimeline</name>
    <message>
        <source>Its own process numbers: the container&apos;s process will be PID 1 and sees no process of the host.</source>
        <translation>独自のプロセス番号：コンテナのプロセスは PID 1 となり、ホストのプロセスは見えません。</translation>
    </message>
    <message>
        <source>Its own network interfaces, addresses, routes and ports; at first it has only a loopback interface.</source>
        <translation>独自のネットワークインターフェース、アドレス、経路、ポート：最初はループバックインターフェースしかありません。</translation>
    </message>
    <message>
        <source>Its own mount table: the mounts below are seen only inside the container.</source>
        <translation>独自のマウントテーブル：以下のマウントはコンテナ内でしか見えません。</translation>
    </message>
    <message>
        <source>Its own System V IPC objects and POSIX message queues.</source>
        <translation>独自の System V IPC オブジェクトと POSIX メッセージキュー。</translation>
    </message>
    <message>
        <source>Its own host name and domain name.</source>
        <translation>独自のホスト名とドメイン名。</translation>
    </message>
    <message>
        <source>Its own view of the cgroup tree: its cgroup appears as the root.</source>
        <translation>cgroup ツリーの独自のビュー：自身の cgroup がルートとして見えます。</translation>
    </message>
    <message>
        <source>Its own boot and monotonic clocks.</source>
        <translation>独自のブートタイムクロックとモノトニッククロック。</translation>
    </message>
    <message>
        <source>Its own user and group IDs, mapped to other IDs on the host.</source>
        <translation>独自のユーザー ID とグループ ID で、ホスト上の別の ID にマッピングされます。</translation>
    </message>
    <message>
        <source>container %1–%2 → host %3–%4</source>
        <translation>コンテナ %1–%2 → ホスト %3–%4</translation>
    </message>
    <message>
        <source>%1 create: the container is set up and waits</source>
        <translation>%1 create：コンテナが準備され、待機します</translation>
    </message>
    <message>
        <source>%1 start: the program runs</source>
        <translation>%1 start：プログラムが実行されます</translation>
    </message>
    <message>
        <source>%1 delete: the container goes away</source>
        <translation>%1 delete：コンテナが削除されます</translation>
    </message>
    <message>
        <source>It runs on the host, in the runtime&apos;s namespaces, after the mounts are made and before pivot_root; the container&apos;s state (status &quot;creating&quot;, its PID) arrives on its standard input. If it fails, the create fails.</source>
        <translation>ホスト上のランタイムの名前空間で、マウントの作成後、pivot_root の前に実行されます。コンテナの状態（status「creating」とその PID）が標準入力に渡されます。失敗すると create が失敗します。</translation>
    </message>
    <message>
        <source>It runs in the container&apos;s namespaces but still sees the host&apos;s root, just before pivot_root. If it fails, the create fails.</source>
        <translation>コンテナの名前空間で、pivot_root の直前に実行されるため、まだホストのルートが見えます。失敗すると create が失敗します。</translation>
    </message>
    <message>
        <source>prestart is deprecated; runc runs it together with createRuntime.</source>
        <translation>prestart は非推奨です。runc はこれを createRuntime と一緒に実行します。</translation>
    </message>
    <message>
        <source>Runs %1 as: %2</source>
        <translation>%1 を次のように実行します：%2</translation>
    </message>
    <message numerus="yes">
        <source>It is killed after %n seconds.</source>
        <translation>
            <numerusform>%n 秒後に強制終了されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hook %2: %3</source>
        <translation>%1 フック %2：%3</translation>
    </message>
    <message>
        <source>Read and check config.json</source>
        <translation>config.json を読み込んで検査</translation>
    </message>
    <message>
        <source>%1 reads the bundle&apos;s config.json and refuses it before anything else happens if a field is invalid or unsupported.</source>
        <translation>%1 はバンドルの config.json を読み込み、フィールドが無効または未対応であれば、何かが行われる前にそれを拒否します。</translation>
    </message>
    <message>
        <source>Start runc init in its cgroup</source>
        <translation>runc init を cgroup 内で開始</translation>
    </message>
    <message>
        <source>%1 starts its init process and places it in a new cgroup named after the container ID.</source>
        <translation>%1 は init プロセスを開始し、コンテナ ID にちなんだ名前の新しい cgroup に配置します。</translation>
    </message>
    <message>
        <source>%1 starts its init process and places it in the cgroup %2.</source>
        <translation>%1 は init プロセスを開始し、cgroup %2 に配置します。</translation>
    </message>
    <message>
        <source>Set the OOM score adjustment to %1</source>
        <translation>OOM スコア調整を %1 に設定</translation>
    </message>
    <message>
        <source>Written to /proc/self/oom_score_adj: how readily the kernel&apos;s out-of-memory killer picks this container&apos;s processes.</source>
        <translation>/proc/self/oom_score_adj に書き込まれます：カーネルのメモリ不足（OOM）キラーが、このコンテナのプロセスをどれだけ選びやすいかを決めます。</translation>
    </message>
    <message>
        <source>Join the %1 namespace at %2</source>
        <translation>%2 の %1 名前空間に参加</translation>
    </message>
    <message>
        <source>setns(2) into an existing namespace instead of creating one: the container shares it with whatever else is in it.</source>
        <translation>setns(2) で、名前空間を新しく作る代わりに既存の名前空間に入ります：コンテナはその名前空間を、そこにある他のすべてと共有します。</translation>
    </message>
    <message>
        <source>Create the user namespace</source>
        <translation>ユーザー名前空間を作成</translation>
    </message>
    <message>
        <source>unshare(CLONE_NEWUSER).</source>
        <translation>unshare(CLONE_NEWUSER)。</translation>
    </message>
    <message>
        <source>Write the user ID mapping</source>
        <translation>ユーザー ID マッピングを書き込む</translation>
    </message>
    <message>
        <source>%1 writes /proc/PID/uid_map: %2.</source>
        <translation>%1 は /proc/PID/uid_map に書き込みます：%2。</translation>
    </message>
    <message>
        <source>Write the group ID mapping</source>
        <translation>グループ ID マッピングを書き込む</translation>
    </message>
    <message>
        <source>%1 writes /proc/PID/gid_map: %2.</source>
        <translation>%1 は /proc/PID/gid_map に書き込みます：%2。</translation>
    </message>
    <message>
        <source>Create the %1 namespace</source>
        <translation>%1 名前空間を作成</translation>
    </message>
    <message>
        <source>Create the cgroup namespace</source>
        <translation>cgroup 名前空間を作成</translation>
    </message>
    <message>
        <source>Created last, once the process is in its cgroup.</source>
        <translation>プロセスが cgroup に入った後、最後に作成されます。</translation>
    </message>
    <message>
        <source>Bring up the loopback interface</source>
        <translation>ループバックインターフェースを起動</translation>
    </message>
    <message>
        <source>The new network namespace has only lo; runc sets it up. Other interfaces come from hooks (such as a CNI plugin).</source>
        <translation>新しいネットワーク名前空間には lo しかなく、runc がこれを起動します。他のインターフェースはフック（CNI プラグインなど）によって追加されます。</translation>
    </message>
    <message>
        <source>Prepare the root filesystem</source>
        <translation>ルートファイルシステムを準備</translation>
    </message>
    <message>
        <source>Mount propagation of / becomes %1, so that mounts made now do not leak to the host; then the root filesystem %2 is bind-mounted onto itself so that it can become the new root.</source>
        <translation>/ のマウント伝播を %1 にして、これから作成するマウントがホストに漏れないようにします。その後、ルートファイルシステム %2 が新しいルートになれるよう、それ自身の上にバインドマウントされます。</translation>
    </message>
    <message>
        <source>Bind-mount %1 on %2</source>
        <translation>%1 を %2 にバインドマウント</translation>
    </message>
    <message>
        <source>Mount %1 on %2</source>
        <translation>%1 を %2 にマウント</translation>
    </message>
    <message>
        <source>The host&apos;s %1 becomes visible at %2 inside the container.</source>
        <translation>ホストの %1 がコンテナ内の %2 で見えるようになります。</translation>
    </message>
    <message>
        <source>A %1 filesystem (source %2) is mounted at %3; the mount point is created first if it is missing.</source>
        <translation>%1 ファイルシステム（ソース %2）が %3 にマウントされます。マウントポイントがなければ先に作成されます。</translation>
    </message>
    <message>
        <source>Options: %1.</source>
        <translation>オプション：%1。</translation>
    </message>
    <message>
        <source>Read-only: a bind mount is remounted read-only right after it is made.</source>
        <translation>読み取り専用：バインドマウントは作成直後に読み取り専用で再マウントされます。</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>読み取り専用。</translation>
    </message>
    <message>
        <source>Create the device nodes in /dev</source>
        <translation>/dev にデバイスノードを作成</translation>
    </message>
    <message>
        <source>runc always creates /dev/null, /dev/zero, /dev/full, /dev/random, /dev/urandom and /dev/tty, then /dev/ptmx and the links /dev/fd, /dev/stdin, /dev/stdout and /dev/stderr.</source>
        <translation>runc は常に /dev/null、/dev/zero、/dev/full、/dev/random、/dev/urandom、/dev/tty を作成し、続いて /dev/ptmx と、リンク /dev/fd、/dev/stdin、/dev/stdout、/dev/stderr を作成します。</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n device(s) from linux.devices.</source>
        <translation>
            <numerusform>さらに linux.devices のデバイス %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the resource limits</source>
        <translation>リソース制限を適用</translation>
    </message>
    <message>
        <source>%1 writes the limits to the container&apos;s cgroup before any hook runs: %2.</source>
        <translation>%1 は、フックが実行される前に、コンテナの cgroup に制限を書き込みます：%2。</translation>
    </message>
    <message>
        <source>pivot_root into %1</source>
        <translation>%1 へ pivot_root</translation>
    </message>
    <message>
        <source>The root filesystem becomes /; the host&apos;s old root is unmounted, so nothing outside the bundle&apos;s root and the mounts above remains visible.</source>
        <translation>ルートファイルシステムが / になります。ホストの古いルートはアンマウントされるため、バンドルのルートと上記のマウント以外は何も見えなくなります。</translation>
    </message>
    <message>
        <source>chroot into %1</source>
        <translation>%1 へ chroot</translation>
    </message>
    <message>
        <source>Without a new mount namespace runc can only chroot(2): the host&apos;s mounts stay reachable for a process that escapes the chroot.</source>
        <translation>新しいマウント名前空間がないと、runc は chroot(2) しか使えません：chroot から脱出したプロセスは、ホストのマウントに到達できてしまいます。</translation>
    </message>
    <message>
        <source>Make the root filesystem read-only</source>
        <translation>ルートファイルシステムを読み取り専用にする</translation>
    </message>
    <message>
        <source>Set up the terminal</source>
        <translation>端末を設定</translation>
    </message>
    <message>
        <source>A pseudo-terminal is created inside the container and its other end is sent to the console socket; the process&apos;s standard input, output and error are that terminal.</source>
        <translation>コンテナ内に疑似端末が作成され、そのもう一方の端がコンソールソケットに送られます。プロセスの標準入力、標準出力、標準エラー出力はその端末になります。</translation>
    </message>
    <message>
        <source>Set the host name to %1</source>
        <translation>ホスト名を %1 に設定</translation>
    </message>
    <message>
        <source>sethostname(2) in the container&apos;s UTS namespace.</source>
        <translation>コンテナの UTS 名前空間で sethostname(2) を呼び出します。</translation>
    </message>
    <message>
        <source>Apply the AppArmor profile %1</source>
        <translation>AppArmor プロファイル %1 を適用</translation>
    </message>
    <message>
        <source>The profile takes effect when the program is executed.</source>
        <translation>プロファイルはプログラムの実行時に有効になります。</translation>
    </message>
    <message numerus="yes">
        <source>Write %n kernel parameter(s)</source>
        <translation>
            <numerusform>カーネルパラメーター %n 個を書き込む</numerusform>
        </translation>
    </message>
    <message>
        <source>Written under /proc/sys inside the container&apos;s namespaces: %1.</source>
        <translation>コンテナの名前空間内で /proc/sys の下に書き込まれます：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Make %n path(s) read-only</source>
        <translation>
            <numerusform>%n 個のパスを読み取り専用にする</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is bind-mounted onto itself read-only: %1.</source>
        <translation>それぞれがそれ自身の上に読み取り専用でバインドマウントされます：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Mask %n path(s)</source>
        <translation>
            <numerusform>%n 個のパスをマスク</numerusform>
        </translation>
    </message>
    <message>
        <source>/dev/null is mounted over each file and an empty read-only tmpfs over each directory, so the container cannot read them: %1.</source>
        <translation>各ファイルの上には /dev/null が、各ディレクトリの上には空の読み取り専用 tmpfs がマウントされるため、コンテナはそれらを読み取れません：%1。</translation>
    </message>
    <message>
        <source>Set no_new_privs</source>
        <translation>no_new_privs を設定</translation>
    </message>
    <message>
        <source>From now on no program can gain privileges by executing: set-user-ID bits and file capabilities are ignored.</source>
        <translation>これ以降、どのプログラムも実行によって特権を得ることはできません：set-user-ID ビットとファイルケーパビリティは無視されます。</translation>
    </message>
    <message numerus="yes">
        <source>Set %n resource limit(s)</source>
        <translation>
            <numerusform>リソース制限 %n 個を設定</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sets them with prlimit(2) from the host, while it still may raise them: %2.</source>
        <translation>%1 は、まだ制限を引き上げられるうちに、ホストから prlimit(2) で設定します：%2。</translation>
    </message>
    <message>
        <source>Set the SELinux label %1</source>
        <translation>SELinux ラベル %1 を設定</translation>
    </message>
    <message>
        <source>The label applies when the program is executed.</source>
        <translation>ラベルはプログラムの実行時に適用されます。</translation>
    </message>
    <message>
        <source>Load the seccomp filter</source>
        <translation>seccomp フィルターを読み込む</translation>
    </message>
    <message numerus="yes">
        <source>Default action %1, %n rule(s).</source>
        <translation>
            <numerusform>デフォルトのアクション %1、ルール %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Without no_new_privs loading a filter needs CAP_SYS_ADMIN, so it is loaded before the capabilities are dropped.</source>
        <translation>no_new_privs がない場合、フィルターの読み込みには CAP_SYS_ADMIN が必要なため、ケーパビリティが外される前に読み込まれます。</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n capabilities from the bounding set</source>
        <translation>
            <numerusform>バウンディングセットからケーパビリティ %n 個を外す</numerusform>
        </translation>
    </message>
    <message>
        <source>Every capability stays in the bounding set.</source>
        <translation>すべてのケーパビリティがバウンディングセットに残ります。</translation>
    </message>
    <message>
        <source>No process of the container can ever regain these: %1.</source>
        <translation>コンテナのどのプロセスも、これらを二度と取り戻せません：%1。</translation>
    </message>
    <message>
        <source>process.capabilities is not set, so every set is empty.</source>
        <translation>process.capabilities が設定されていないため、すべてのセットが空です。</translation>
    </message>
    <message>
        <source>Become user %1, group %2</source>
        <translation>ユーザー %1、グループ %2 に切り替え</translation>
    </message>
    <message>
        <source>setgroups, setgid and setuid, in the container&apos;s user IDs.</source>
        <translation>コンテナのユーザー ID で setgroups、setgid、setuid を呼び出します。</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n additional group(s).</source>
        <translation>
            <numerusform>さらに追加グループ %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change to the working directory %1</source>
        <translation>作業ディレクトリ %1 に移動</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Set the capability sets</source>
        <translation>ケーパビリティのセットを設定</translation>
    </message>
    <message>
        <source>The process keeps only the capabilities the config names (%1). An ambient capability survives the exec only if it is also permitted and inheritable.</source>
        <translation>プロセスは設定で指定されたケーパビリティ（%1）だけを保持します。アンビエントケーパビリティが exec 後も残るのは、許可セットと継承可能セットにも含まれる場合だけです。</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>%1 を検索</translation>
    </message>
    <message>
        <source>The program is searched in the container&apos;s PATH (process.env) now, so that a missing program fails the create, not the start.</source>
        <translation>プログラムはこの時点でコンテナの PATH（process.env）から検索されます。これにより、プログラムが見つからない場合は start ではなく create が失敗します。</translation>
    </message>
    <message>
        <source>Wait for the start</source>
        <translation>start を待機</translation>
    </message>
    <message>
        <source>%1 create returns; the container is &quot;created&quot;: its namespaces and mounts exist and runc init waits on a FIFO until %1 start opens it.</source>
        <translation>%1 create が戻ります。コンテナは「created」です：名前空間とマウントは存在し、runc init は %1 start が FIFO を開くまでそこで待機します。</translation>
    </message>
    <message>
        <source>Let runc init continue</source>
        <translation>runc init を続行</translation>
    </message>
    <message>
        <source>%1 start opens the FIFO the init process waits on.</source>
        <translation>%1 start が、init プロセスが待機している FIFO を開きます。</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation>%1 を実行</translation>
    </message>
    <message>
        <source>execve(2) replaces runc init with the program, as PID %1 of the container: %2</source>
        <translation>execve(2) が runc init をプログラムに置き換え、コンテナの PID %1 として実行します：%2</translation>
    </message>
    <message>
        <source>The program exits</source>
        <translation>プログラムが終了</translation>
    </message>
    <message>
        <source>When the container&apos;s PID 1 ends, the kernel kills every other process in its PID namespace; runc kill sends it a signal. The container is then &quot;stopped&quot;.</source>
        <translation>コンテナの PID 1 が終了すると、カーネルはその PID 名前空間内の他のすべてのプロセスを強制終了します。runc kill は PID 1 にシグナルを送ります。その後、コンテナは「stopped」になります。</translation>
    </message>
    <message>
        <source>Remove the cgroup</source>
        <translation>cgroup を削除</translation>
    </message>
    <message>
        <source>%1 delete removes the container&apos;s cgroup (and with it the limits).</source>
        <translation>%1 delete がコンテナの cgroup を（それとともに制限も）削除します。</translation>
    </message>
    <message>
        <source>Remove the container&apos;s state</source>
        <translation>コンテナの状態を削除</translation>
    </message>
    <message>
        <source>The state directory under the runtime&apos;s root (such as /run/runc/ID) is removed; the ID is free again. The bundle itself is left as it is.</source>
        <translation>ランタイムのルートの下にある状態ディレクトリ（/run/runc/ID など）が削除され、ID は再び使えるようになります。バンドル自体はそのまま残ります。</translation>
    </message>
    <message>
        <source>%1 logged: %2</source>
        <translation>%1 のログ：%2</translation>
    </message>
    <message>
        <source>%1 %2 succeeded.</source>
        <translation>%1 %2 が成功しました。</translation>
    </message>
    <message>
        <source>The container&apos;s state became &quot;%1&quot;.</source>
        <translation>コンテナの状態が「%1」になりました。</translation>
    </message>
    <message>
        <source>It runs inside the container, after the start and just before the program; the path is looked up in the container&apos;s root filesystem. If it fails, runc init exits without executing the program: runc start has already reported success, and the container just stops.</source>
        <translation>コンテナ内で、start の後、プログラムの直前に実行されます。パスはコンテナのルートファイルシステム内で探されます。失敗すると、runc init はプログラムを実行せずに終了します。runc start はすでに成功を報告しているため、コンテナは単に停止します。</translation>
    </message>
    <message>
        <source>runc 1.1 runs it on the host at the end of runc create, before runc start: the program has not been executed yet. If it fails, runc kills the init and the create fails.</source>
        <translation>runc 1.1 は、runc create の最後、runc start の前にホスト上でこれを実行します。プログラムはまだ実行されていません。失敗すると、runc は init を終了させ、create は失敗します。</translation>
    </message>
    <message>
        <source>It runs on the host after the container&apos;s state is removed. If it fails, runc logs the error, but runc delete still succeeds: the container is gone.</source>
        <translation>コンテナの状態が削除された後にホスト上で実行されます。失敗すると runc はエラーをログに記録しますが、runc delete は成功し、コンテナはなくなります。</translation>
    </message>
    <message>
        <source>No uidMappings: runc 1.1 refuses the create; container root needs a mapping.</source>
        <translation>uidMappings がありません：runc 1.1 は create を拒否します。コンテナの root にはマッピングが必要です。</translation>
    </message>
    <message>
        <source>No gidMappings: runc 1.1 refuses the create; container root needs a mapping.</source>
        <translation>gidMappings がありません：runc 1.1 は create を拒否します。コンテナの root にはマッピングが必要です。</translation>
    </message>
    <message>
        <source>Only the root mount is remounted read-only; each mount of mounts keeps its own options (writable unless it says ro).</source>
        <translation>読み取り専用で再マウントされるのはルートのマウントだけです。mounts の各マウントは自身のオプションを保ちます（ro と書かれていなければ書き込み可能）。</translation>
    </message>
    <message>
        <source>With no_new_privs it is loaded as late as possible: after the program is looked up, just before runc init reports that it is ready.</source>
        <translation>no_new_privs がある場合は、できるだけ遅く読み込まれます。プログラムを探した後、runc init が準備完了を報告する直前です。</translation>
    </message>
    <message>
        <source>It was created right after pivot_root if missing; runc changes into it before switching user, and again after if permission was denied.</source>
        <translation>存在しなければ pivot_root の直後に作成されています。runc はユーザーを切り替える前にここへ移動し、権限が拒否された場合は切り替え後にもう一度移動します。</translation>
    </message>
</context>
<context>
    <name>LaunchTimelineModel</name>
    <message>
        <source>not reached</source>
        <translation>未到達</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1, on the host</source>
        <translation>ホスト上の %1</translation>
    </message>
    <message>
        <source>%1 init, inside the container</source>
        <translation>コンテナ内の %1 init</translation>
    </message>
    <message>
        <source>a hook program</source>
        <translation>フックプログラム</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
</context>
<context>
    <name>LaunchTimelineView</name>
    <message>
        <source>&amp;Go to Field</source>
        <translation>フィールドへ移動(&amp;G)</translation>
    </message>
    <message>
        <source>What the runtime does with this bundle, in order. While a container runs from here, the steps light up as the runtime is seen reaching them.</source>
        <translation>ランタイムがこのバンドルで行うことを順に示します。ここからコンテナを実行している間、ランタイムが各ステップに到達したことが確認されると、そのステップが強調表示されます。</translation>
    </message>
    <message>
        <source>Run-time steps</source>
        <translation>実行時のステップ</translation>
    </message>
    <message>
        <source>Shows the field that causes this step in Edit mode.</source>
        <translation>このステップの原因となるフィールドを編集モードで表示します。</translation>
    </message>
    <message>
        <source>Select a step to see what happens in it and which field causes it.</source>
        <translation>ステップを選択すると、そこで何が起こり、どのフィールドがその原因かが表示されます。</translation>
    </message>
    <message>
        <source>Caused by %1.</source>
        <translation>原因：%1。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態：%1</translation>
    </message>
    <message>
        <source>What the runtime does on create, start and delete, in order, with each step&apos;s status. Enter opens the field that causes the selected step.</source>
        <translation>create、start、delete の際にランタイムが行うことを順に、各ステップの状態とともに示します。Enter キーで、選択したステップの原因となるフィールドを開きます。</translation>
    </message>
</context>
<context>
    <name>LearnOciDialog</name>
    <message>
        <source>Learn OCI</source>
        <translation>OCI を学ぶ</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>The concepts of OCI bundles; the chosen one shows beside the list</source>
        <translation>OCI バンドルの概念。選択した概念がリストの横に表示されます</translation>
    </message>
    <message>
        <source>The topic shown before</source>
        <translation>前に表示したトピック</translation>
    </message>
    <message>
        <source>The topic shown next</source>
        <translation>次に表示するトピック</translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <source>Force</source>
        <translation>強制</translation>
    </message>
    <message>
        <source>container ID</source>
        <translation>コンテナ ID</translation>
    </message>
    <message>
        <source>The container&apos;s ID in the runtime&apos;s state directory</source>
        <translation>ランタイムの状態ディレクトリ内でのコンテナの ID</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create the container: its namespaces, mounts and cgroup, with the process waiting to start</source>
        <translation>コンテナ（名前空間、マウント、cgroup）を作成し、プロセスは開始を待機させます</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the process of a created container</source>
        <translation>作成済みのコンテナのプロセスを開始します</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Create and start in one step</source>
        <translation>作成と開始を一度に行います</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Freeze every process of the container</source>
        <translation>コンテナのすべてのプロセスを凍結します</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>再開(&amp;E)</translation>
    </message>
    <message>
        <source>Thaw the paused container</source>
        <translation>一時停止したコンテナを再開します</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Stop waiting for the runtime&apos;s command</source>
        <translation>ランタイムのコマンドの完了を待つのをやめます</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Send SIGTERM, and SIGKILL when the container is still running after the timeout</source>
        <translation>SIGTERM を送り、タイムアウト後もコンテナが実行中なら SIGKILL を送ります</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>シグナル送信(&amp;K)</translation>
    </message>
    <message>
        <source>Send the chosen signal to the container&apos;s process</source>
        <translation>選択したシグナルをコンテナのプロセスに送ります</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the stopped container from the runtime&apos;s state</source>
        <translation>停止したコンテナをランタイムの状態から削除します</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long Stop waits after SIGTERM before it sends SIGKILL</source>
        <translation>「停止」が SIGTERM を送ってから SIGKILL を送るまで待つ時間</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>停止のタイムアウト</translation>
    </message>
    <message>
        <source>The signal Kill sends: a name or a number</source>
        <translation>「シグナル送信」が送るシグナル：名前または番号</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>Kill a running container before deleting it</source>
        <translation>削除する前に、実行中のコンテナを強制終了します</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Delete and &amp;Run Again</source>
        <translation>削除して再実行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The JSON text has an error and is not applied; it is kept in the JSON tab.</source>
        <translation>JSON テキストにエラーがあるため適用されていません。テキストは JSON タブに残っています。</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Security Review</source>
        <translation>セキュリティレビュー</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Recent bundles, new bundles from templates, and opening one</source>
        <translation>最近のバンドル、テンプレートからの新規バンドル、バンドルを開く</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>The configuration in tabs, with its validation, security review and explanations</source>
        <translation>タブ形式の設定と、その検証、セキュリティレビュー、説明</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>ルートファイルシステム</translation>
    </message>
    <message>
        <source>Runtime support</source>
        <translation>ランタイムのサポート状況</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>The bundle&apos;s root filesystem, read-only, and what the installed runtimes support</source>
        <translation>バンドルのルートファイルシステム（読み取り専用）と、インストール済みランタイムのサポート状況</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run the bundle with runc or crun and watch the container</source>
        <translation>runc または crun でバンドルを実行し、コンテナを監視します</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Every container on this machine, whichever tool started it</source>
        <translation>このマシン上のすべてのコンテナ（どのツールで開始したかを問わず）</translation>
    </message>
    <message>
        <source>The demo bundle: busybox that runc runs as it is (see Run). Open your own with %1, or start from a template in Welcome.</source>
        <translation>デモバンドル：runc でそのまま実行できる busybox です（「実行」を参照）。自分のバンドルは %1 で開くか、「ようこそ」でテンプレートから始めてください。</translation>
    </message>
    <message>
        <source>From &amp;Image…</source>
        <translation>イメージから(&amp;I)…</translation>
    </message>
    <message>
        <source>Unpacks an OCI image, archive or registry image into a new bundle directory.</source>
        <translation>OCI イメージ、アーカイブ、レジストリのイメージを新しいバンドルディレクトリに展開します。</translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translation>バンドルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bundle directory or its config.json</source>
        <translation>バンドルディレクトリまたはその config.json を開きます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save config.json into another bundle directory</source>
        <translation>config.json を別のバンドルディレクトリに保存します</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>保存時の状態に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>保存していない変更を破棄し、ファイルを再読み込みします</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the window, asking about unsaved changes</source>
        <translation>ウィンドウを閉じます（未保存の変更があれば確認します）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>設定(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Validation</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Security Review</source>
        <translation>セキュリティレビュー(&amp;S)</translation>
    </message>
    <message>
        <source>How the configuration meets Docker Bench, the Pod Security Standards, kubesec and Trivy</source>
        <translation>設定が Docker Bench、Pod Security Standards、kubesec、Trivy をどの程度満たしているか</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>説明(&amp;X)</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>レイアウトをリセット(&amp;L)</translation>
    </message>
    <message>
        <source>Put the panels back where they were at the first start</source>
        <translation>パネルを初回起動時の位置に戻します</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>実行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Explain This Field</source>
        <translation>このフィールドを説明(&amp;E)</translation>
    </message>
    <message>
        <source>Show what the field with the focus means, in the Explain panel</source>
        <translation>フォーカスのあるフィールドの意味を「説明」パネルに表示します</translation>
    </message>
    <message>
        <source>&amp;Learn OCI</source>
        <translation>OCI を学ぶ(&amp;L)</translation>
    </message>
    <message>
        <source>The concepts behind the fields, shown with this bundle&apos;s values</source>
        <translation>フィールドの背後にある概念を、このバンドルの値とともに示します</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, with a filter</source>
        <translation>ウィンドウのすべてのキーボードショートカット（絞り込み付き）</translation>
    </message>
    <message>
        <source>&amp;About OCI Bundle Editor</source>
        <translation>OCI Bundle Editor について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Cannot Open Bundle</source>
        <translation>バンドルを開けません</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Opened with Warnings</source>
        <translation>警告付きで開きました</translation>
    </message>
    <message>
        <source>Write Outside the Bundle?</source>
        <translation>バンドルの外に書き込みますか？</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is outside the bundle directory. Saving would change that file.

Write to %2 anyway?</source>
        <translation>%1 はバンドルディレクトリの外にある %2 へのリンクです。保存するとそのファイルが変更されます。

それでも %2 に書き込みますか？</translation>
    </message>
    <message>
        <source>Separate Hard-Linked File?</source>
        <translation>ハードリンクされたファイルを分離しますか？</translation>
    </message>
    <message>
        <source>%1 has %2 hard links. Saving makes it a file of its own; the other names keep the old content.

Save anyway?</source>
        <translation>%1 には %2 個のハードリンクがあります。保存すると独立したファイルになり、他の名前は古い内容のままです。

それでも保存しますか？</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Saved with Warnings</source>
        <translation>警告付きで保存しました</translation>
    </message>
    <message>
        <source>Copying the root filesystem to %1…</source>
        <translation>ルートファイルシステムを %1 にコピー中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>Cannot Copy the Root Filesystem</source>
        <translation>ルートファイルシステムをコピーできません</translation>
    </message>
    <message>
        <source>%1

config.json was not saved.</source>
        <translation>%1

config.json は保存されませんでした。</translation>
    </message>
    <message>
        <source>Save Bundle to Directory</source>
        <translation>バンドルをディレクトリに保存</translation>
    </message>
    <message>
        <source>Replace config.json?</source>
        <translation>config.json を置き換えますか？</translation>
    </message>
    <message>
        <source>%1 already contains a config.json. Replace it?</source>
        <translation>%1 には既に config.json があります。置き換えますか？</translation>
    </message>
    <message>
        <source>Copy the Root Filesystem?</source>
        <translation>ルートファイルシステムをコピーしますか？</translation>
    </message>
    <message>
        <source>The root filesystem &quot;%1&quot; is in %2, not in the new bundle directory.

Copy it, keeping owners, modes and links? Or let the new config.json use the original directory by its absolute path?</source>
        <translation>ルートファイルシステム「%1」は %2 にあり、新しいバンドルディレクトリにはありません。

所有者、モード、リンクを保ったままコピーしますか？ それとも新しい config.json から絶対パスで元のディレクトリを使いますか？</translation>
    </message>
    <message>
        <source>&amp;Copy It</source>
        <translation>コピーする(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Use the Original</source>
        <translation>元のものを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Save config.json &amp;Only</source>
        <translation>config.json のみ保存(&amp;O)</translation>
    </message>
    <message>
        <source>Revert to Saved?</source>
        <translation>保存時の状態に戻しますか？</translation>
    </message>
    <message>
        <source>Discard all unsaved changes and reload %1 from disk?</source>
        <translation>保存していない変更をすべて破棄し、%1 をディスクから再読み込みしますか？</translation>
    </message>
    <message>
        <source>Choose a Directory for the New Bundle</source>
        <translation>新しいバンドルのディレクトリを選択</translation>
    </message>
    <message>
        <source>Cannot Create Bundle</source>
        <translation>バンドルを作成できません</translation>
    </message>
    <message>
        <source>Add a Root Filesystem?</source>
        <translation>ルートファイルシステムを追加しますか？</translation>
    </message>
    <message>
        <source>The new bundle&apos;s root filesystem, %1, does not exist yet. A container needs one to run.

Put busybox into it (a shell and the usual commands, enough to run the template&apos;s sh), use a root filesystem you already have, or create an empty directory to fill later?</source>
        <translation>新しいバンドルのルートファイルシステム %1 はまだ存在しません。コンテナの実行にはルートファイルシステムが必要です。

busybox（シェルと一般的なコマンド。テンプレートの sh を実行するには十分です）を入れますか？ それとも既存のルートファイルシステムを使うか、後で中身を入れる空のディレクトリを作成しますか？</translation>
    </message>
    <message>
        <source>Add &amp;Busybox</source>
        <translation>busybox を追加(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Choose a Directory…</source>
        <translation>ディレクトリを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Create &amp;Empty</source>
        <translation>空で作成(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot Add Busybox</source>
        <translation>busybox を追加できません</translation>
    </message>
    <message>
        <source>Choose the Root Filesystem</source>
        <translation>ルートファイルシステムを選択</translation>
    </message>
    <message>
        <source>Use %1 as the root filesystem</source>
        <translation>%1 をルートファイルシステムとして使用</translation>
    </message>
    <message>
        <source>Cannot Create the Directory</source>
        <translation>ディレクトリを作成できません</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The bundle has unsaved changes. Save them first?</source>
        <translation>バンドルに未保存の変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>About OCI Bundle Editor</source>
        <translation>OCI Bundle Editor について</translation>
    </message>
</context>
<context>
    <name>ModeArea</name>
    <message>
        <source>Modes</source>
        <translation>モード</translation>
    </message>
</context>
<context>
    <name>MountDetails</name>
    <message>
        <source>Provided by:</source>
        <translation>提供元:</translation>
    </message>
    <message>
        <source>On the host:</source>
        <translation>ホスト上:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>マウント先:</translation>
    </message>
    <message>
        <source>Mount type:</source>
        <translation>マウントタイプ:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Hides:</source>
        <translation>隠すもの:</translation>
    </message>
    <message>
        <source>the root filesystem&apos;s %1</source>
        <translation>ルートファイルシステムの %1</translation>
    </message>
    <message>
        <source>mount %1 on %2</source>
        <translation>%2 へのマウント %1</translation>
    </message>
    <message>
        <source>Edit mount %1</source>
        <translation>マウント %1 を編集</translation>
    </message>
</context>
<context>
    <name>MountOptionsEditor</name>
    <message>
        <source>Access:</source>
        <translation>アクセス:</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>制限:</translation>
    </message>
    <message>
        <source>Access times:</source>
        <translation>アクセス時刻:</translation>
    </message>
    <message>
        <source>Bind:</source>
        <translation>バインド:</translation>
    </message>
    <message>
        <source>ID mapping:</source>
        <translation>IDマッピング:</translation>
    </message>
    <message>
        <source>Propagation:</source>
        <translation>伝播:</translation>
    </message>
    <message>
        <source>e.g. mode=755,size=65536k</source>
        <translation>例：mode=755,size=65536k</translation>
    </message>
    <message>
        <source>Options without a check box, separated by commas; filesystems take their own options here.</source>
        <translation>チェックボックスのないオプションをカンマ区切りで指定します。ファイルシステム固有のオプションはここに指定します。</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>その他(&amp;O):</translation>
    </message>
    <message>
        <source>Clear mount options</source>
        <translation>マウントオプションをクリア</translation>
    </message>
    <message>
        <source>Set mount options</source>
        <translation>マウントオプションを設定</translation>
    </message>
</context>
<context>
    <name>MountsPage</name>
    <message>
        <source>Destination</source>
        <translation>マウント先</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>マウント</translation>
    </message>
    <message>
        <source>Selected mount</source>
        <translation>選択したマウント</translation>
    </message>
    <message>
        <source>e.g. proc, tmpfs, bind</source>
        <translation>例：proc、tmpfs、bind</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>マウント先(&amp;D):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>タイプ(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ソース(&amp;S):</translation>
    </message>
    <message>
        <source>ID mappings of an idmapped mount</source>
        <translation>IDマップトマウントのIDマッピング</translation>
    </message>
    <message>
        <source>With the idmap option, file owners seen through this mount are translated by these ranges.</source>
        <translation>idmap オプションを指定すると、このマウントを通して見えるファイル所有者がこれらの範囲で変換されます。</translation>
    </message>
    <message>
        <source>UID mapping</source>
        <translation>UIDマッピング</translation>
    </message>
    <message>
        <source>GID mapping</source>
        <translation>GIDマッピング</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Group IDs</source>
        <translation>グループ ID</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>マウント</translation>
    </message>
</context>
<context>
    <name>NamespaceSlice</name>
    <message>
        <source>Empty entry in the namespace list &quot;%1&quot;.</source>
        <translation>名前空間リスト「%1」に空のエントリがあります。</translation>
    </message>
    <message>
        <source>Unknown namespace type &quot;%1&quot;; expected one of %2.</source>
        <translation>不明な名前空間タイプ「%1」です。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The path of the %1 namespace must be absolute, not &quot;%2&quot;.</source>
        <translation>%1 名前空間のパスは「%2」ではなく絶対パスでなければなりません。</translation>
    </message>
    <message>
        <source>The %1 namespace is listed twice.</source>
        <translation>%1 名前空間が 2 回指定されています。</translation>
    </message>
</context>
<context>
    <name>NamespacesPage</name>
    <message>
        <source>&amp;PID</source>
        <translation>PID(&amp;P)</translation>
    </message>
    <message>
        <source>Shared with the host, the container sees every host process and can signal those its user may signal.</source>
        <translation>ホストと共有すると、コンテナはホストのすべてのプロセスが見え、そのユーザーがシグナルを送れるプロセスにシグナルを送れます。</translation>
    </message>
    <message>
        <source>A new namespace: the container sees only its own processes, and its first process is PID 1.</source>
        <translation>新しい名前空間：コンテナには自身のプロセスだけが見え、最初のプロセスは PID 1 になります。</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <source>Shared with the host, the container uses the host&apos;s interfaces, addresses, routes and ports.</source>
        <translation>ホストと共有すると、コンテナはホストのインターフェース、アドレス、ルート、ポートを使います。</translation>
    </message>
    <message>
        <source>A new namespace: the container starts with only a loopback interface; give it a network with a hook or another tool.</source>
        <translation>新しい名前空間：コンテナはループバックインターフェースだけで開始します。フックや他のツールでネットワークを与えてください。</translation>
    </message>
    <message>
        <source>&amp;Mount</source>
        <translation>マウント(&amp;M)</translation>
    </message>
    <message>
        <source>Shared with the host, every mount the container makes lands in the host&apos;s mount table; runtimes refuse to do that.</source>
        <translation>ホストと共有すると、コンテナが行うすべてのマウントがホストのマウントテーブルに入ります。ランタイムはこれを拒否します。</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s mounts stay its own, and the host does not see them.</source>
        <translation>新しい名前空間：コンテナのマウントはコンテナ専用のままで、ホストからは見えません。</translation>
    </message>
    <message>
        <source>&amp;IPC</source>
        <translation>IPC(&amp;I)</translation>
    </message>
    <message>
        <source>Shared with the host, the container can reach the host&apos;s shared memory segments, semaphores and message queues.</source>
        <translation>ホストと共有すると、コンテナはホストの共有メモリセグメント、セマフォ、メッセージキューにアクセスできます。</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s shared memory, semaphores and message queues are its own.</source>
        <translation>新しい名前空間：コンテナの共有メモリ、セマフォ、メッセージキューはコンテナ専用です。</translation>
    </message>
    <message>
        <source>&amp;UTS</source>
        <translation>UTS(&amp;U)</translation>
    </message>
    <message>
        <source>Shared with the host, setting the container&apos;s hostname renames the host itself.</source>
        <translation>ホストと共有すると、コンテナのホスト名を設定したときにホスト自体の名前が変わります。</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s hostname and domain name are its own.</source>
        <translation>新しい名前空間：コンテナのホスト名とドメイン名はコンテナ専用です。</translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation>ユーザー(&amp;S)</translation>
    </message>
    <message>
        <source>Shared with the host, user and group IDs are not translated, so root in the container is root on the host.</source>
        <translation>ホストと共有すると、ユーザー ID とグループ ID は変換されないため、コンテナ内の root はホスト上でも root です。</translation>
    </message>
    <message>
        <source>A new namespace: user and group IDs are translated by the ID mappings, so root in the container can be an ordinary user on the host.</source>
        <translation>新しい名前空間：ユーザー ID とグループ ID がIDマッピングで変換されるため、コンテナ内の root をホスト上の一般ユーザーにできます。</translation>
    </message>
    <message>
        <source>&amp;Cgroup</source>
        <translation>cgroup(&amp;C)</translation>
    </message>
    <message>
        <source>Shared with the host, the container sees the host&apos;s whole cgroup tree and its own full path in it.</source>
        <translation>ホストと共有すると、コンテナはホストの cgroup ツリー全体と、その中での自身の完全なパスが見えます。</translation>
    </message>
    <message>
        <source>A new namespace: the container sees its own cgroup as the root of the tree.</source>
        <translation>新しい名前空間：コンテナには自身の cgroup がツリーのルートとして見えます。</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>時刻(&amp;T)</translation>
    </message>
    <message>
        <source>Shared with the host, the container&apos;s monotonic and boot-time clocks read the same as the host&apos;s and cannot be offset.</source>
        <translation>ホストと共有すると、コンテナの monotonic クロックと boot-time クロックはホストと同じ値を示し、オフセットできません。</translation>
    </message>
    <message>
        <source>A new namespace: the container&apos;s monotonic and boot-time clocks can be offset from the host&apos;s.</source>
        <translation>新しい名前空間：コンテナの monotonic クロックと boot-time クロックをホストからオフセットできます。</translation>
    </message>
    <message>
        <source>A namespace gives the container its own view of one kind of system resource. Choose for each kind whether the container gets a new one, joins an existing one (a path such as /proc/1234/ns/net), or shares the host&apos;s.</source>
        <translation>名前空間は、ある種類のシステムリソースについてコンテナに独自のビューを与えます。種類ごとに、コンテナに新しい名前空間を与えるか、既存の名前空間（/proc/1234/ns/net のようなパス）に参加させるか、ホストのものを共有するかを選んでください。</translation>
    </message>
    <message>
        <source>Shared with the host</source>
        <translation>ホストと共有</translation>
    </message>
    <message>
        <source>New namespace</source>
        <translation>新しい名前空間</translation>
    </message>
    <message>
        <source>Join the namespace at</source>
        <translation>次の名前空間に参加</translation>
    </message>
    <message>
        <source>/proc/&lt;pid&gt;/ns/…</source>
        <translation>/proc/&lt;pid&gt;/ns/…</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Share the %1 namespace with the host</source>
        <translation>%1 名前空間をホストと共有</translation>
    </message>
    <message>
        <source>Create a new %1 namespace</source>
        <translation>新しい %1 名前空間を作成</translation>
    </message>
    <message>
        <source>Join a %1 namespace</source>
        <translation>%1 名前空間に参加</translation>
    </message>
    <message>
        <source>Set the %1 namespace path</source>
        <translation>%1 名前空間のパスを設定</translation>
    </message>
    <message>
        <source>Joined: the container shares this namespace with the processes already in it, which must exist on the host when the container starts.</source>
        <translation>参加：コンテナはこの名前空間を既にその中にいるプロセスと共有します。それらのプロセスはコンテナの開始時にホスト上に存在している必要があります。</translation>
    </message>
    <message>
        <source>%1 namespace to join</source>
        <translation>参加する %1 名前空間</translation>
    </message>
    <message>
        <source>A path such as /proc/1234/ns/net; used when the choice is &quot;Join the namespace at&quot;</source>
        <translation>/proc/1234/ns/net のようなパス。「次の名前空間に参加」を選んだときに使われます</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Use &amp;systemd to manage control groups</source>
        <translation>systemd でコントロールグループを管理(&amp;S)</translation>
    </message>
    <message>
        <source>Run &amp;rootless (as an unprivileged user)</source>
        <translation>ルートレスで実行（非特権ユーザーとして）(&amp;R)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <source>Other program…</source>
        <translation>その他のプログラム…</translation>
    </message>
    <message>
        <source>Absolute path of a runc-compatible runtime</source>
        <translation>runc 互換ランタイムの絶対パス</translation>
    </message>
    <message>
        <source>Runtime default (/run/runc or /run/crun)</source>
        <translation>ランタイムのデフォルト（/run/runc または /run/crun）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect when the editor is started again.</source>
        <translation>新しい言語はエディターを再起動すると有効になります。</translation>
    </message>
    <message>
        <source>Container runtime</source>
        <translation>コンテナランタイム</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>ランタイム(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>プログラム(&amp;P):</translation>
    </message>
    <message>
        <source>State &amp;root:</source>
        <translation>状態ルート(&amp;R):</translation>
    </message>
    <message>
        <source>Choose Runtime Program</source>
        <translation>ランタイムのプログラムを選択</translation>
    </message>
</context>
<context>
    <name>ProcessListModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
</context>
<context>
    <name>ProcessPage</name>
    <message>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>デフォルト：%1</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Working &amp;directory:</source>
        <translation>作業ディレクトリ(&amp;D):</translation>
    </message>
    <message>
        <source>/ (must be absolute)</source>
        <translation>/（絶対パスで指定）</translation>
    </message>
    <message>
        <source>Allocate a &amp;terminal</source>
        <translation>端末を割り当てる(&amp;T)</translation>
    </message>
    <message>
        <source>Console &amp;columns:</source>
        <translation>コンソールの桁数(&amp;C):</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Console &amp;lines:</source>
        <translation>コンソールの行数(&amp;L):</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation>ユーザー ID(&amp;I):</translation>
    </message>
    <message>
        <source>Required, e.g. 0 for root</source>
        <translation>必須（例：root は 0）</translation>
    </message>
    <message>
        <source>&amp;Group ID:</source>
        <translation>グループ ID(&amp;G):</translation>
    </message>
    <message>
        <source>U&amp;mask:</source>
        <translation>umask(&amp;M):</translation>
    </message>
    <message>
        <source>Additional gr&amp;oups:</source>
        <translation>追加グループ(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. 18 (octal 022)</source>
        <translation>例：18（8 進数で 022）</translation>
    </message>
    <message>
        <source>octal %1</source>
        <translation>8 進数 %1</translation>
    </message>
    <message>
        <source>None; e.g. 10, 27</source>
        <translation>なし（例：10, 27）</translation>
    </message>
    <message>
        <source>%1 is not a group ID (0 to 4294967295).</source>
        <translation>%1 はグループ ID（0〜4294967295）ではありません。</translation>
    </message>
    <message>
        <source>Clear additional group IDs</source>
        <translation>追加グループ ID をクリア</translation>
    </message>
    <message>
        <source>Set additional group IDs</source>
        <translation>追加グループ ID を設定</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>特権</translation>
    </message>
    <message>
        <source>&amp;No new privileges</source>
        <translation>新しい特権を禁止(&amp;N)</translation>
    </message>
    <message>
        <source>AppArmor &amp;profile:</source>
        <translation>AppArmor プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Runtime default</source>
        <translation>ランタイムのデフォルト</translation>
    </message>
    <message>
        <source>&amp;SELinux label:</source>
        <translation>SELinux ラベル(&amp;S):</translation>
    </message>
    <message>
        <source>OOM score ad&amp;justment:</source>
        <translation>OOM スコア調整(&amp;J):</translation>
    </message>
    <message>
        <source>Not set: inherited (-1000 to 1000)</source>
        <translation>未設定：継承（-1000〜1000）</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>スケジューラー</translation>
    </message>
    <message>
        <source>Polic&amp;y:</source>
        <translation>ポリシー(&amp;Y):</translation>
    </message>
    <message>
        <source>Nic&amp;e value:</source>
        <translation>nice 値(&amp;E):</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>優先度(&amp;Y):</translation>
    </message>
    <message>
        <source>F&amp;lags:</source>
        <translation>フラグ(&amp;L):</translation>
    </message>
    <message>
        <source>Runt&amp;ime (ns):</source>
        <translation>実行時間（ns）(&amp;I):</translation>
    </message>
    <message>
        <source>Dead&amp;line (ns):</source>
        <translation>デッドライン（ns）(&amp;L):</translation>
    </message>
    <message>
        <source>Perio&amp;d (ns):</source>
        <translation>周期（ns）(&amp;D):</translation>
    </message>
    <message>
        <source>Set scheduler flag %1</source>
        <translation>スケジューラーフラグ %1 を設定</translation>
    </message>
    <message>
        <source>Clear scheduler flag %1</source>
        <translation>スケジューラーフラグ %1 をクリア</translation>
    </message>
    <message>
        <source>I/O priority</source>
        <translation>I/O 優先度</translation>
    </message>
    <message>
        <source>Cl&amp;ass:</source>
        <translation>クラス(&amp;A):</translation>
    </message>
    <message>
        <source>I/O p&amp;riority:</source>
        <translation>I/O 優先度(&amp;R):</translation>
    </message>
    <message>
        <source>0 (highest) to 7 (lowest)</source>
        <translation>0（最高）〜7（最低）</translation>
    </message>
    <message>
        <source>CPU affinity when executing</source>
        <translation>実行時の CPU アフィニティ</translation>
    </message>
    <message>
        <source>I&amp;nitial CPUs:</source>
        <translation>最初の CPU(&amp;N):</translation>
    </message>
    <message>
        <source>All CPUs; e.g. 0-3,7</source>
        <translation>すべての CPU（例：0-3,7）</translation>
    </message>
    <message>
        <source>&amp;Final CPUs:</source>
        <translation>最終的な CPU(&amp;F):</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>ソフトリミット</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>ハードリミット</translation>
    </message>
    <message>
        <source>resource limit</source>
        <translation>リソース制限</translation>
    </message>
    <message>
        <source>Ar&amp;guments</source>
        <translation>引数(&amp;G)</translation>
    </message>
    <message>
        <source>En&amp;vironment</source>
        <translation>環境変数(&amp;V)</translation>
    </message>
    <message>
        <source>Resource limi&amp;ts</source>
        <translation>リソース制限(&amp;T)</translation>
    </message>
    <message>
        <source>Umask</source>
        <translation>umask</translation>
    </message>
</context>
<context>
    <name>ProcessRlimitValueDelegate</name>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>a number or &quot;unlimited&quot;</source>
        <translation>数値または「unlimited」</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>OCI Bundle Editor</source>
        <translation>OCI Bundle Editor</translation>
    </message>
    <message>
        <source>Author, inspect and run OCI runtime bundles.</source>
        <translation>OCI ランタイムバンドルを作成、検査、実行します。</translation>
    </message>
    <message>
        <source>A bundle directory or its config.json.</source>
        <translation>バンドルディレクトリまたはその config.json。</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Bundle</source>
        <translation>デモバンドルを作成できません</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>no CPU limit</source>
        <translation>CPU 制限なし</translation>
    </message>
    <message>
        <source>= %1 cores</source>
        <translation>= %1 コア</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>コントロールグループ</translation>
    </message>
    <message>
        <source>Cgroup p&amp;ath:</source>
        <translation>cgroup パス(&amp;A):</translation>
    </message>
    <message>
        <source>chosen by the runtime</source>
        <translation>ランタイムが決定</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>制限(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Reservation:</source>
        <translation>予約(&amp;R):</translation>
    </message>
    <message>
        <source>Memory + s&amp;wap:</source>
        <translation>メモリ + スワップ(&amp;W):</translation>
    </message>
    <message>
        <source>Swapp&amp;iness:</source>
        <translation>swappiness(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>カーネル(&amp;K):</translation>
    </message>
    <message>
        <source>Kernel &amp;TCP:</source>
        <translation>カーネル TCP(&amp;T):</translation>
    </message>
    <message>
        <source>Disable the &amp;OOM killer</source>
        <translation>OOM キラーを無効化(&amp;O)</translation>
    </message>
    <message>
        <source>Account child cgroups (use hierarch&amp;y)</source>
        <translation>子 cgroup も計上（use hierarchy）(&amp;Y)</translation>
    </message>
    <message>
        <source>Refuse a limit below &amp;current usage on update</source>
        <translation>更新時、現在の使用量を下回る制限を拒否(&amp;C)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>S&amp;hares:</source>
        <translation>シェア(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Quota (µs):</source>
        <translation>クォータ（µs）(&amp;Q):</translation>
    </message>
    <message>
        <source>P&amp;eriod (µs):</source>
        <translation>周期（µs）(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Burst (µs):</source>
        <translation>バースト（µs）(&amp;B):</translation>
    </message>
    <message>
        <source>CP&amp;Us:</source>
        <translation>CPU(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. 0-3,7</source>
        <translation>例：0-3,7</translation>
    </message>
    <message>
        <source>Memory &amp;nodes:</source>
        <translation>メモリノード(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. 0-1</source>
        <translation>例：0-1</translation>
    </message>
    <message>
        <source>Real-time runti&amp;me (µs):</source>
        <translation>リアルタイム実行時間（µs）(&amp;M):</translation>
    </message>
    <message>
        <source>Real-time &amp;period (µs):</source>
        <translation>リアルタイム周期（µs）(&amp;P):</translation>
    </message>
    <message>
        <source>I&amp;dle:</source>
        <translation>アイドル(&amp;D):</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Ma&amp;ximum number of processes:</source>
        <translation>プロセスの最大数(&amp;X):</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>ブロック I/O</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>重み(&amp;G):</translation>
    </message>
    <message>
        <source>Lea&amp;f weight:</source>
        <translation>リーフの重み(&amp;F):</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>メジャー</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <source>device weight</source>
        <translation>デバイスの重み</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Leaf weight</source>
        <translation>リーフの重み</translation>
    </message>
    <message>
        <source>Weight per device</source>
        <translation>デバイスごとの重み</translation>
    </message>
    <message>
        <source>read limit</source>
        <translation>読み取り制限</translation>
    </message>
    <message>
        <source>Read bytes/s</source>
        <translation>読み取りバイト/秒</translation>
    </message>
    <message>
        <source>write limit</source>
        <translation>書き込み制限</translation>
    </message>
    <message>
        <source>Write bytes/s</source>
        <translation>書き込みバイト/秒</translation>
    </message>
    <message>
        <source>Read ops/s</source>
        <translation>読み取り操作/秒</translation>
    </message>
    <message>
        <source>Write ops/s</source>
        <translation>書き込み操作/秒</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>ヒュージページ</translation>
    </message>
    <message>
        <source>huge page limit</source>
        <translation>ヒュージページ制限</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>ページサイズ</translation>
    </message>
    <message>
        <source>Limit (bytes)</source>
        <translation>制限（バイト）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Cla&amp;ss ID:</source>
        <translation>クラス ID(&amp;S):</translation>
    </message>
    <message>
        <source>interface priority</source>
        <translation>インターフェースの優先度</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>RDMA</source>
        <translation>RDMA</translation>
    </message>
    <message>
        <source>RDMA device</source>
        <translation>RDMA デバイス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>HCA handles</source>
        <translation>HCA ハンドル</translation>
    </message>
    <message>
        <source>HCA objects</source>
        <translation>HCA オブジェクト</translation>
    </message>
    <message>
        <source>Unified (cgroup v2 files)</source>
        <translation>unified（cgroup v2 ファイル）</translation>
    </message>
    <message>
        <source>cgroup file</source>
        <translation>cgroup ファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>RootfsCopy</name>
    <message>
        <source>Cannot copy the root filesystem: the program cp was not found.</source>
        <translation>ルートファイルシステムをコピーできません：プログラム cp が見つかりません。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>ディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot copy the root filesystem: %1</source>
        <translation>ルートファイルシステムをコピーできません：%1</translation>
    </message>
    <message>
        <source>The copy of the root filesystem was cancelled.</source>
        <translation>ルートファイルシステムのコピーはキャンセルされました。</translation>
    </message>
    <message>
        <source>Cannot copy the root filesystem %1 to %2: %3</source>
        <translation>ルートファイルシステム %1 を %2 にコピーできません：%3</translation>
    </message>
    <message>
        <source>cp failed with exit code %1.</source>
        <translation>cp が終了コード %1 で失敗しました。</translation>
    </message>
</context>
<context>
    <name>RootfsEntry</name>
    <message>
        <source>Directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <source>Character device</source>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>RootfsEntryDetails</name>
    <message>
        <source>Select an entry to see its details and, for a file, its first 64 KiB.</source>
        <translation>エントリを選択すると、その詳細と、ファイルの場合は先頭 64 KiB が表示されます。</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>タイプ:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>リンク先:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容:</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>要注意:</translation>
    </message>
    <message>
        <source>ELF:</source>
        <translation>ELF:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 バイト）</translation>
    </message>
    <message>
        <source>%1 (in the root filesystem: %2)</source>
        <translation>%1（ルートファイルシステム内：%2）</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Cannot be listed: %1</source>
        <translation>一覧できません：%1</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>ファイルを開けません：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルは空です。</translation>
    </message>
    <message>
        <source>Text, the first %1:</source>
        <translation>テキスト（先頭 %1）:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>テキスト:</translation>
    </message>
    <message>
        <source>Bytes, the first %1:</source>
        <translation>バイト（先頭 %1）:</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>バイト:</translation>
    </message>
</context>
<context>
    <name>RootfsFlags</name>
    <message>
        <source>setuid executable: runs as its owner</source>
        <translation>setuid 実行ファイル：所有者の権限で実行されます</translation>
    </message>
    <message>
        <source>setgid executable: runs with its group</source>
        <translation>setgid 実行ファイル：そのグループの権限で実行されます</translation>
    </message>
    <message>
        <source>anyone may write it</source>
        <translation>誰でも書き込めます</translation>
    </message>
    <message>
        <source>device node</source>
        <translation>デバイスノード</translation>
    </message>
    <message>
        <source>link target climbs out of the root filesystem</source>
        <translation>リンク先がルートファイルシステムの外に出ます</translation>
    </message>
    <message>
        <source>absolute link: followed on the host, it leaves the root filesystem</source>
        <translation>絶対リンク：ホスト上でたどるとルートファイルシステムの外に出ます</translation>
    </message>
    <message>
        <source>owner not mapped by the user namespace</source>
        <translation>所有者がユーザー名前空間でマッピングされていません</translation>
    </message>
    <message>
        <source>group not mapped by the user namespace</source>
        <translation>グループがユーザー名前空間でマッピングされていません</translation>
    </message>
</context>
<context>
    <name>RootfsModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>リンク先</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>要注意</translation>
    </message>
</context>
<context>
    <name>RootfsReader</name>
    <message>
        <source>Cannot open the root filesystem %1: %2</source>
        <translation>ルートファイルシステム %1 を開けません：%2</translation>
    </message>
</context>
<context>
    <name>RootfsTotalsBar</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Stop counting the root filesystem</source>
        <translation>ルートファイルシステムの集計を中止します</translation>
    </message>
    <message>
        <source>Read the root filesystem again and count it</source>
        <translation>ルートファイルシステムを再度読み取って集計します</translation>
    </message>
    <message>
        <source>Counting… files: %1, folders: %2, size: %3</source>
        <translation>集計中… ファイル：%1、フォルダー：%2、サイズ：%3</translation>
    </message>
    <message>
        <source>Stopped. So far files: %1, folders: %2, size: %3</source>
        <translation>中止しました。ここまでのファイル：%1、フォルダー：%2、サイズ：%3</translation>
    </message>
    <message>
        <source>Files: %1, folders: %2, size: %3, worth a look: %4</source>
        <translation>ファイル：%1、フォルダー：%2、サイズ：%3、要注意：%4</translation>
    </message>
    <message>
        <source>Cannot count the root filesystem: %1</source>
        <translation>ルートファイルシステムを集計できません：%1</translation>
    </message>
</context>
<context>
    <name>RunMessageArea</name>
    <message>
        <source>Double-click a line to go to the field it is about.</source>
        <translation>行をダブルクリックすると、その行に関係するフィールドへ移動します。</translation>
    </message>
    <message>
        <source>What the runtime reported</source>
        <translation>ランタイムからの報告</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Exec</source>
        <translation>Exec</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>The container stopped.</source>
        <translation>コンテナが停止しました。</translation>
    </message>
    <message>
        <source>Out of memory at %1: the kernel killed a process of the container.</source>
        <translation>%1 でメモリ不足：カーネルがコンテナのプロセスを強制終了しました。</translation>
    </message>
    <message>
        <source>No statistics from this runtime: %1</source>
        <translation>このランタイムからは統計を取得できません：%1</translation>
    </message>
    <message>
        <source>The container ignored SIGTERM; SIGKILL sent.</source>
        <translation>コンテナが SIGTERM を無視したため、SIGKILL を送りました。</translation>
    </message>
    <message>
        <source>Stop failed: %1</source>
        <translation>停止に失敗しました：%1</translation>
    </message>
    <message>
        <source>Save the bundle first: the runtime reads config.json from the bundle directory.</source>
        <translation>先にバンドルを保存してください。ランタイムはバンドルディレクトリから config.json を読み込みます。</translation>
    </message>
    <message>
        <source>Save Before Running</source>
        <translation>実行前に保存</translation>
    </message>
    <message>
        <source>The runtime reads config.json from disk. Save your changes now?</source>
        <translation>ランタイムはディスクから config.json を読み込みます。変更を今保存しますか？</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>保存できませんでした：%1</translation>
    </message>
    <message>
        <source>There is no bundle to run. Open or save a bundle first.</source>
        <translation>実行するバンドルがありません。先にバンドルを開くか保存してください。</translation>
    </message>
    <message>
        <source>The runtime would refuse this configuration. Fix these first:</source>
        <translation>ランタイムはこの設定を拒否します。先に次の点を修正してください:</translation>
    </message>
    <message>
        <source>This machine may not run the bundle as it is:</source>
        <translation>このマシンでは、このバンドルをそのままでは実行できない可能性があります:</translation>
    </message>
    <message>
        <source>Findings About This Machine</source>
        <translation>このマシンに関する検出事項</translation>
    </message>
    <message>
        <source>The runtime will likely refuse to run this bundle here:

%1

Run anyway?</source>
        <translation>ランタイムはここでこのバンドルの実行を拒否する可能性が高いです:

%1

それでも実行しますか？</translation>
    </message>
    <message>
        <source>Run Anyway</source>
        <translation>それでも実行</translation>
    </message>
    <message>
        <source>Unsupported by the Runtime</source>
        <translation>ランタイムが未対応</translation>
    </message>
    <message>
        <source>%1 does not support everything this configuration uses:

%2

Run anyway?</source>
        <translation>%1 はこの設定が使用する機能の一部に対応していません:

%2

それでも実行しますか？</translation>
    </message>
    <message>
        <source>Attached to %1; its output goes wherever it was started.</source>
        <translation>%1 にアタッチしました。その出力は開始した場所に出力されます。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました：%2</translation>
    </message>
    <message>
        <source>Container Still Running</source>
        <translation>コンテナがまだ実行中です</translation>
    </message>
    <message>
        <source>The container %1 is %2. Leave it running, or kill and delete it?

A container left running loses its console or terminal when the editor closes.</source>
        <translation>コンテナ %1 は%2です。実行したままにしますか？ それとも強制終了して削除しますか？

実行したままのコンテナは、エディターを閉じるとコンソールや端末を失います。</translation>
    </message>
    <message>
        <source>Leave Running</source>
        <translation>実行したままにする</translation>
    </message>
    <message>
        <source>Kill and Delete</source>
        <translation>強制終了して削除</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>シグナル送信</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Process list</source>
        <translation>プロセス一覧</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>機能</translation>
    </message>
</context>
<context>
    <name>RunStatusStrip</name>
    <message>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>Creating and starting…</source>
        <translation>作成して開始中…</translation>
    </message>
    <message>
        <source>Starting a process…</source>
        <translation>プロセスを開始中…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>一時停止中…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>再開中…</translation>
    </message>
    <message>
        <source>Sending a signal…</source>
        <translation>シグナルを送信中…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>削除中…</translation>
    </message>
    <message>
        <source>No container.</source>
        <translation>コンテナなし。</translation>
    </message>
    <message>
        <source>%1: no container</source>
        <translation>%1: コンテナなし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>作成 %1</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>バンドル %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopping; SIGKILL in %n s unless it ends first.</source>
        <translation>
            <numerusform>%1: 停止中。先に終了しなければ %n 秒後に SIGKILL を送ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: stopping; SIGKILL sent.</source>
        <translation>%1: 停止中。SIGKILL を送りました。</translation>
    </message>
</context>
<context>
    <name>RuncBinary</name>
    <message>
        <source>The container ID is empty.</source>
        <translation>コンテナ ID が空です。</translation>
    </message>
    <message>
        <source>The container ID &quot;%1&quot; begins with &quot;-&quot;, which the runtime would read as an option.</source>
        <translation>コンテナ ID「%1」は「-」で始まっているため、ランタイムがオプションとして解釈してしまいます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a container ID.</source>
        <translation>「%1」はコンテナ ID として使えません。</translation>
    </message>
    <message>
        <source>The container ID &quot;%1&quot; may only contain letters, digits and the characters _ + , - .</source>
        <translation>コンテナ ID「%1」には英字、数字、および文字 _ + , - . のみ使用できます。</translation>
    </message>
    <message>
        <source>The container runtime &quot;%1&quot; was not found. Install the Debian package &quot;%2&quot; (apt install %2) or choose another runtime in Preferences.</source>
        <translation>コンテナランタイム「%1」が見つかりません。Debian パッケージ「%2」をインストールする（apt install %2）か、「設定」で別のランタイムを選んでください。</translation>
    </message>
    <message>
        <source>The container runtime &quot;%1&quot; was not found or is not executable. Install the Debian package &quot;runc&quot; or &quot;crun&quot;, or choose another runtime in Preferences.</source>
        <translation>コンテナランタイム「%1」が見つからないか、実行可能ではありません。Debian パッケージ「runc」または「crun」をインストールするか、「設定」で別のランタイムを選んでください。</translation>
    </message>
</context>
<context>
    <name>RuntimeCall</name>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 がクラッシュしました。</translation>
    </message>
    <message>
        <source>%1 exited with code %2.</source>
        <translation>%1 がコード %2 で終了しました。</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした：%2</translation>
    </message>
    <message>
        <source>%1 did not answer in time and was stopped.</source>
        <translation>%1 が時間内に応答しなかったため停止しました。</translation>
    </message>
</context>
<context>
    <name>RuntimeFeatures</name>
    <message>
        <source>The runtime&apos;s features are not a features document.</source>
        <translation>ランタイムの features が features ドキュメントではありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RuntimeSettingsRow</name>
    <message>
        <source>systemd cgroup</source>
        <translation>systemd cgroup</translation>
    </message>
    <message>
        <source>Rootless</source>
        <translation>ルートレス</translation>
    </message>
    <message>
        <source>The editor is not running as root. A rootful configuration needs root; a rootless one needs a user namespace with UID/GID mappings, --rootless and a state directory under $XDG_RUNTIME_DIR.</source>
        <translation>エディターは root として実行されていません。ルートフルな設定には root が必要です。ルートレスな設定には、UID/GIDマッピング付きのユーザー名前空間、--rootless、$XDG_RUNTIME_DIR 以下の状態ディレクトリが必要です。</translation>
    </message>
    <message>
        <source>Use Rootless Settings</source>
        <translation>ルートレス設定を使用</translation>
    </message>
    <message>
        <source>The runtime: runc, crun or the path of another compatible binary.</source>
        <translation>ランタイム：runc、crun、または互換性のある別のバイナリのパス。</translation>
    </message>
    <message>
        <source>The runtime&apos;s state directory (--root). The editor&apos;s own keeps its containers apart from those other tools manage.</source>
        <translation>ランタイムの状態ディレクトリ（--root）。エディター専用のディレクトリを使うと、そのコンテナを他のツールが管理するコンテナと分けておけます。</translation>
    </message>
    <message>
        <source>Let systemd manage the container&apos;s cgroup (--systemd-cgroup)</source>
        <translation>コンテナの cgroup を systemd に管理させます（--systemd-cgroup）</translation>
    </message>
    <message>
        <source>Run without root privileges (--rootless)</source>
        <translation>root 権限なしで実行します（--rootless）</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>ランタイム(&amp;R):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状態(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RuntimeSupportCheck</name>
    <message>
        <source>%1 features does not report this.</source>
        <translation>%1 features はこれを報告していません。</translation>
    </message>
    <message>
        <source>%1 has no features command.</source>
        <translation>%1 には features コマンドがありません。</translation>
    </message>
    <message>
        <source>%1 features lists no %2.</source>
        <translation>%1 features に %2 がありません。</translation>
    </message>
    <message>
        <source>%1 reports %2 as disabled.</source>
        <translation>%1 は %2 を無効と報告しています。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>The configuration sets no ociVersion.</source>
        <translation>設定に ociVersion がありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version of the spec.</source>
        <translation>「%1」は仕様のバージョンではありません。</translation>
    </message>
    <message>
        <source>%1 is newer than %2 declares (up to %3). It does not check the version, but may ignore fields added since.</source>
        <translation>%1 は %2 が宣言する範囲（%3 まで）より新しいです。%2 はバージョンを確認しませんが、それ以降に追加されたフィールドを無視する可能性があります。</translation>
    </message>
    <message>
        <source>%1 is newer than %2 declares (up to %3). It may ignore fields added since.</source>
        <translation>%1 は %2 が宣言する範囲（%3 まで）より新しいです。それ以降に追加されたフィールドは無視される可能性があります。</translation>
    </message>
    <message>
        <source>newer than %1</source>
        <translation>%1 より新しい</translation>
    </message>
    <message>
        <source>%1 is older than %2 declares (from %3). It does not check the version.</source>
        <translation>%1 は %2 が宣言する範囲（%3 から）より古いです。%2 はバージョンを確認しません。</translation>
    </message>
    <message>
        <source>%1 is older than %2 declares (from %3).</source>
        <translation>%1 は %2 が宣言する範囲（%3 から）より古いです。</translation>
    </message>
    <message>
        <source>older than %1</source>
        <translation>%1 より古い</translation>
    </message>
    <message>
        <source>ociVersion</source>
        <translation>ociVersion</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>ケーパビリティ</translation>
    </message>
    <message>
        <source>Mount options</source>
        <translation>マウントオプション</translation>
    </message>
    <message>
        <source>ID-mapped mounts</source>
        <translation>IDマップトマウント</translation>
    </message>
    <message>
        <source>Seccomp</source>
        <translation>Seccomp</translation>
    </message>
    <message>
        <source>Seccomp actions</source>
        <translation>Seccomp アクション</translation>
    </message>
    <message>
        <source>Seccomp architectures</source>
        <translation>Seccomp アーキテクチャ</translation>
    </message>
    <message>
        <source>Seccomp operators</source>
        <translation>Seccomp 演算子</translation>
    </message>
    <message>
        <source>Seccomp flags</source>
        <translation>Seccomp フラグ</translation>
    </message>
    <message>
        <source>AppArmor</source>
        <translation>AppArmor</translation>
    </message>
    <message>
        <source>SELinux</source>
        <translation>SELinux</translation>
    </message>
    <message>
        <source>Cgroups</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>systemd cgroup driver</source>
        <translation>systemd cgroup ドライバー</translation>
    </message>
    <message>
        <source>Intel RDT</source>
        <translation>Intel RDT</translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation>ネットワークデバイス</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation>%1（このマシン）</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>%1 refuses any seccomp flag (&quot;seccomp flags are not yet supported by runc&quot;).</source>
        <translation>%1 は seccomp フラグをすべて拒否します（「seccomp flags are not yet supported by runc」）。</translation>
    </message>
</context>
<context>
    <name>RuntimeSupportModel</name>
    <message>
        <source>✓ supported</source>
        <translation>✓ 対応</translation>
    </message>
    <message>
        <source>⚠ caution (%1)</source>
        <translation>⚠ 注意（%1）</translation>
    </message>
    <message>
        <source>✗ unsupported (%1)</source>
        <translation>✗ 未対応（%1）</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? 不明</translation>
    </message>
    <message>
        <source>%1 supports what this configuration uses here.</source>
        <translation>%1 は、この設定がここで使用するものに対応しています。</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>This bundle</source>
        <translation>このバンドル</translation>
    </message>
    <message>
        <source>What &quot;%1 features&quot; reports</source>
        <translation>「%1 features」の報告内容</translation>
    </message>
    <message>
        <source>%1 has no features command; what its --version reports</source>
        <translation>%1 には features コマンドがありません。--version の報告内容</translation>
    </message>
</context>
<context>
    <name>RuntimeSupportView</name>
    <message>
        <source>Asking the installed runtimes what they support…</source>
        <translation>インストール済みのランタイムに対応状況を問い合わせています…</translation>
    </message>
    <message>
        <source>Neither runc nor crun is installed; install the Debian package runc or crun.</source>
        <translation>runc も crun もインストールされていません。Debian パッケージ runc または crun をインストールしてください。</translation>
    </message>
    <message>
        <source>What the installed runtimes report about the parts of this configuration they would run. Double-click a row to edit its field.</source>
        <translation>この設定のうちランタイムが実行する部分について、インストール済みのランタイムが報告する内容です。行をダブルクリックすると、そのフィールドを編集できます。</translation>
    </message>
    <message>
        <source>%1: features document</source>
        <translation>%1: features ドキュメント</translation>
    </message>
    <message>
        <source>%1: no features command, its --version only</source>
        <translation>%1: features コマンドなし、--version のみ</translation>
    </message>
    <message>
        <source>Show Features Document…</source>
        <translation>features ドキュメントを表示…</translation>
    </message>
    <message>
        <source>Show Version Text…</source>
        <translation>バージョンテキストを表示…</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 features</translation>
    </message>
    <message>
        <source>%1 --version</source>
        <translation>%1 --version</translation>
    </message>
    <message>
        <source>Runtime support</source>
        <translation>ランタイムのサポート状況</translation>
    </message>
    <message>
        <source>What each installed runtime supports of the fields this bundle uses</source>
        <translation>このバンドルが使うフィールドを、インストール済みの各ランタイムがどこまでサポートしているか</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Hidden and read-only paths</source>
        <translation>隠すパスと読み取り専用パス</translation>
    </message>
    <message>
        <source>&amp;Masked (hidden) paths:</source>
        <translation>マスクする（隠す）パス(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Read-only paths:</source>
        <translation>読み取り専用パス(&amp;R):</translation>
    </message>
    <message>
        <source>masked path</source>
        <translation>マスクするパス</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>read-only path</source>
        <translation>読み取り専用パス</translation>
    </message>
    <message>
        <source>Kernel parameters (sysctl)</source>
        <translation>カーネルパラメーター（sysctl）</translation>
    </message>
    <message>
        <source>kernel parameter</source>
        <translation>カーネルパラメーター</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>ルートファイルシステム</translation>
    </message>
    <message>
        <source>Root &amp;propagation:</source>
        <translation>ルートの伝播(&amp;P):</translation>
    </message>
    <message>
        <source>SE&amp;Linux mount label:</source>
        <translation>SELinux マウントラベル(&amp;L):</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>パーソナリティ</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>personality flag</source>
        <translation>パーソナリティフラグ</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Fla&amp;gs:</source>
        <translation>フラグ(&amp;G):</translation>
    </message>
    <message>
        <source>Time namespace offsets</source>
        <translation>time 名前空間のオフセット</translation>
    </message>
    <message>
        <source>&amp;Boot time (s):</source>
        <translation>ブート時間（秒）(&amp;B):</translation>
    </message>
    <message>
        <source>Boot time (n&amp;s):</source>
        <translation>ブート時間（ns）(&amp;S):</translation>
    </message>
    <message>
        <source>Mo&amp;notonic (s):</source>
        <translation>monotonic（秒）(&amp;N):</translation>
    </message>
    <message>
        <source>Monotoni&amp;c (ns):</source>
        <translation>monotonic（ns）(&amp;C):</translation>
    </message>
    <message>
        <source>Network devices moved into the container</source>
        <translation>コンテナ内に移動するネットワークデバイス</translation>
    </message>
    <message>
        <source>network device</source>
        <translation>ネットワークデバイス</translation>
    </message>
    <message>
        <source>Host interface</source>
        <translation>ホストのインターフェース</translation>
    </message>
    <message>
        <source>Name in the container</source>
        <translation>コンテナ内での名前</translation>
    </message>
    <message>
        <source>Seccomp system call filter</source>
        <translation>Seccomp システムコールフィルター</translation>
    </message>
    <message>
        <source>Default &amp;action:</source>
        <translation>デフォルトのアクション(&amp;A):</translation>
    </message>
    <message>
        <source>Defa&amp;ult errno:</source>
        <translation>デフォルトの errno(&amp;U):</translation>
    </message>
    <message>
        <source>Listener soc&amp;ket:</source>
        <translation>リスナーソケット(&amp;K):</translation>
    </message>
    <message>
        <source>Listener me&amp;tadata:</source>
        <translation>リスナーメタデータ(&amp;T):</translation>
    </message>
    <message>
        <source>Arc&amp;hitectures:</source>
        <translation>アーキテクチャ(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Flags:</source>
        <translation>フラグ(&amp;F):</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>seccomp flag</source>
        <translation>seccomp フラグ</translation>
    </message>
    <message>
        <source>S&amp;yscall rules (names separated by commas):</source>
        <translation>システムコールのルール（名前はカンマ区切り）(&amp;Y):</translation>
    </message>
    <message>
        <source>syscall rule</source>
        <translation>システムコールのルール</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Errno</source>
        <translation>errno</translation>
    </message>
    <message>
        <source>Argument cond&amp;itions of the selected rule:</source>
        <translation>選択したルールの引数条件(&amp;I):</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>2 番目の値</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>演算子</translation>
    </message>
    <message>
        <source>argument condition</source>
        <translation>引数条件</translation>
    </message>
    <message>
        <source>Intel RDT</source>
        <translation>Intel RDT</translation>
    </message>
    <message>
        <source>Class of ser&amp;vice (CLOS) ID:</source>
        <translation>サービスクラス（CLOS）ID(&amp;V):</translation>
    </message>
    <message>
        <source>L&amp;3 cache schema:</source>
        <translation>L3 キャッシュスキーマ(&amp;3):</translation>
    </message>
    <message>
        <source>Memory band&amp;width schema:</source>
        <translation>メモリ帯域幅スキーマ(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Enable monitoring</source>
        <translation>監視を有効化(&amp;E)</translation>
    </message>
    <message>
        <source>NUMA memory policy</source>
        <translation>NUMA メモリポリシー</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>モード(&amp;O):</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>ノード:</translation>
    </message>
    <message>
        <source>memory policy flag</source>
        <translation>メモリポリシーフラグ</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>フラグ:</translation>
    </message>
</context>
<context>
    <name>SecurityReview</name>
    <message>
        <source>The process runs as root (user 0) without a user namespace, so it is root on the host too.</source>
        <translation>プロセスはユーザー名前空間なしで root（ユーザー 0）として実行されるため、ホスト上でも root です。</translation>
    </message>
    <message>
        <source>Run the process as the unprivileged user and group %1</source>
        <translation>プロセスを非特権ユーザーおよびグループ %1 として実行</translation>
    </message>
    <message>
        <source>The process runs as user 0, and the user namespace maps user 0 to the host&apos;s root.</source>
        <translation>プロセスはユーザー 0 として実行され、ユーザー名前空間はユーザー 0 をホストの root にマッピングしています。</translation>
    </message>
    <message>
        <source>noNewPrivileges is not set: setuid programs and file capabilities can raise the process&apos;s privileges.</source>
        <translation>noNewPrivileges が設定されていません：setuid プログラムやファイルケーパビリティでプロセスの特権が上がる可能性があります。</translation>
    </message>
    <message>
        <source>Set noNewPrivileges to true</source>
        <translation>noNewPrivileges を true に設定</translation>
    </message>
    <message>
        <source>%1 is granted (%2).</source>
        <extracomment>%1 is a capability, %2 the sets that hold it, e.g. &quot;effective, permitted, bounding&quot;.</extracomment>
        <translation>%1 が付与されています（%2）。</translation>
    </message>
    <message>
        <source>Remove %1 from every capability set</source>
        <translation>%1 をすべてのケーパビリティセットから削除</translation>
    </message>
    <message>
        <source>The process has neither an AppArmor profile nor an SELinux label.</source>
        <translation>プロセスには AppArmor プロファイルも SELinux ラベルもありません。</translation>
    </message>
    <message>
        <source>The AppArmor profile is &quot;unconfined&quot;: AppArmor does not confine the process.</source>
        <translation>AppArmor プロファイルが「unconfined」です：AppArmor はプロセスを制限しません。</translation>
    </message>
    <message>
        <source>The SELinux type %1 is not one made for containers.</source>
        <translation>SELinux タイプ %1 はコンテナ用のタイプではありません。</translation>
    </message>
    <message>
        <source>The root filesystem is writable.</source>
        <translation>ルートファイルシステムが書き込み可能です。</translation>
    </message>
    <message>
        <source>Make the root filesystem read-only</source>
        <translation>ルートファイルシステムを読み取り専用にする</translation>
    </message>
    <message>
        <source>The mount at %1 has %2 propagation.</source>
        <translation>%1 のマウントの伝播は %2 です。</translation>
    </message>
    <message>
        <source>Use %1 propagation instead</source>
        <translation>代わりに %1 伝播を使用</translation>
    </message>
    <message>
        <source>Remove the mount of %1</source>
        <translation>%1 のマウントを削除</translation>
    </message>
    <message>
        <source>The host&apos;s %1 is bind-mounted at %2.</source>
        <translation>ホストの %1 が %2 にバインドマウントされています。</translation>
    </message>
    <message>
        <source>%1 is bind-mounted at %2; it lies in the host&apos;s %3.</source>
        <translation>%1 が %2 にバインドマウントされています。これはホストの %3 内にあります。</translation>
    </message>
    <message>
        <source>%1 is bind-mounted at %2; it holds the host&apos;s %3.</source>
        <translation>%1 が %2 にバインドマウントされています。これはホストの %3 を含んでいます。</translation>
    </message>
    <message>
        <source>The host path %1 is bind-mounted read-write at %2.</source>
        <translation>ホストのパス %1 が %2 に読み書き可能でバインドマウントされています。</translation>
    </message>
    <message>
        <source>Mount %1 read-only</source>
        <translation>%1 を読み取り専用でマウント</translation>
    </message>
    <message>
        <source>The host path %1 is bind-mounted read-only at %2.</source>
        <translation>ホストのパス %1 が %2 に読み取り専用でバインドマウントされています。</translation>
    </message>
    <message>
        <source>Give the container its own %1 namespace</source>
        <translation>コンテナに専用の %1 名前空間を与える</translation>
    </message>
    <message>
        <source>The %1 namespace is joined through %2, which is the host&apos;s own.</source>
        <translation>%1 名前空間は %2 を通じて参加していますが、これはホスト自身の名前空間です。</translation>
    </message>
    <message>
        <source>linux.namespaces has no %1 namespace, so the container shares the host&apos;s.</source>
        <translation>linux.namespaces に %1 名前空間がないため、コンテナはホストの名前空間を共有します。</translation>
    </message>
    <message>
        <source>The process has no seccomp filter: every system call is allowed.</source>
        <translation>プロセスに seccomp フィルターがありません：すべてのシステムコールが許可されます。</translation>
    </message>
    <message>
        <source>The seccomp profile allows every system call (%1) and names none: it filters nothing.</source>
        <translation>seccomp プロファイルはすべてのシステムコールを許可し（%1）、何も指定していません：何もフィルタリングしません。</translation>
    </message>
    <message>
        <source>The seccomp profile allows every system call it does not name (%1).</source>
        <translation>seccomp プロファイルは、指定していないすべてのシステムコールを許可します（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>linux.maskedPaths lacks %n of runc&apos;s default entries: %1.</source>
        <translation>
            <numerusform>linux.maskedPaths に runc のデフォルトエントリのうち %n 個がありません：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n path(s) to linux.maskedPaths</source>
        <translation>
            <numerusform>linux.maskedPaths に %n 個のパスを追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>linux.readonlyPaths lacks %n of runc&apos;s default entries: %1.</source>
        <translation>
            <numerusform>linux.readonlyPaths に runc のデフォルトエントリのうち %n 個がありません：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n path(s) to linux.readonlyPaths</source>
        <translation>
            <numerusform>linux.readonlyPaths に %n 個のパスを追加</numerusform>
        </translation>
    </message>
    <message>
        <source>The root filesystem has %1 propagation.</source>
        <translation>ルートファイルシステムの伝播は %1 です。</translation>
    </message>
    <message>
        <source>Set the root filesystem&apos;s propagation to rslave</source>
        <translation>ルートファイルシステムの伝播を rslave に設定</translation>
    </message>
    <message>
        <source>The container has no memory limit.</source>
        <translation>コンテナにメモリ制限がありません。</translation>
    </message>
    <message>
        <source>The container has no limit on the number of its processes.</source>
        <translation>コンテナにプロセス数の制限がありません。</translation>
    </message>
    <message>
        <source>Limit the container to %1 processes</source>
        <translation>コンテナのプロセス数を %1 に制限</translation>
    </message>
    <message>
        <source>The container has neither CPU shares nor a CPU quota.</source>
        <translation>コンテナには CPU シェアも CPU クォータもありません。</translation>
    </message>
    <message>
        <source>Remove the device %1</source>
        <translation>デバイス %1 を削除</translation>
    </message>
    <message>
        <source>The container gets the block device %1 (%2:%3).</source>
        <translation>コンテナはブロックデバイス %1（%2:%3）を利用できます。</translation>
    </message>
    <message>
        <source>The container gets the device %1 (%2:%3).</source>
        <translation>コンテナはデバイス %1（%2:%3）を利用できます。</translation>
    </message>
    <message>
        <source>Remove the device rule</source>
        <translation>デバイスルールを削除</translation>
    </message>
    <message>
        <source>The rule allows every device (access %1).</source>
        <translation>このルールはすべてのデバイスを許可しています（アクセス %1）。</translation>
    </message>
    <message>
        <source>The rule allows every block device (access %1).</source>
        <translation>このルールはすべてのブロックデバイスを許可しています（アクセス %1）。</translation>
    </message>
    <message>
        <source>The rule allows every character device (access %1).</source>
        <translation>このルールはすべてのキャラクターデバイスを許可しています（アクセス %1）。</translation>
    </message>
    <message>
        <source>The rule allows the device %1 %2 (access %3).</source>
        <extracomment>%1 is the device type (c or b), %2 its numbers, e.g. 8:0, %3 the access, e.g. rw.</extracomment>
        <translation>このルールはデバイス %1 %2 を許可しています（アクセス %3）。</translation>
    </message>
    <message>
        <source>The sysctl %1 is not one Kubernetes considers safe.</source>
        <translation>sysctl %1 は Kubernetes が安全とみなすものではありません。</translation>
    </message>
    <message>
        <source>Remove the sysctl %1</source>
        <translation>sysctl %1 を削除</translation>
    </message>
    <message>
        <source>The %1 hook runs %2 from the host.</source>
        <extracomment>%1 is the kind of hook (prestart, poststop, ...), %2 the program.</extracomment>
        <translation>%1 フックがホストの %2 を実行します。</translation>
    </message>
    <message>
        <source>Remove the %1 hook %2</source>
        <translation>%1 フック %2 を削除</translation>
    </message>
    <message>
        <source>No hardening findings</source>
        <translation>ハードニングの検出事項なし</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>注記 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <extracomment>A standard that no finding fails, e.g. &quot;PSS baseline: passed&quot;.</extracomment>
        <translation>%1: 合格</translation>
    </message>
    <message numerus="yes">
        <source>%1: failed (%n finding(s))</source>
        <translation>
            <numerusform>%1: 不合格（検出事項 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>runc gives a container only CAP_AUDIT_WRITE, CAP_KILL and CAP_NET_BIND_SERVICE. This capability is one Docker grants by default, so it is common, but every capability is a piece of root&apos;s power the process keeps. Remove it unless the program needs it; PSS restricted allows none but CAP_NET_BIND_SERVICE.</source>
        <translation>runc がコンテナに与えるのは CAP_AUDIT_WRITE、CAP_KILL、CAP_NET_BIND_SERVICE だけです。このケーパビリティは Docker がデフォルトで付与するため一般的ですが、どのケーパビリティもプロセスが保持する root の権限の一部です。プログラムが必要としない限り削除してください。PSS の restricted では CAP_NET_BIND_SERVICE 以外は許可されません。</translation>
    </message>
    <message>
        <source>Neither runc nor Docker grants this capability by default. Each added capability widens what a compromised process can do to the kernel and the host. Keep it only when the program cannot work without it, and document why.</source>
        <translation>このケーパビリティは runc も Docker もデフォルトでは付与しません。ケーパビリティを追加するたびに、侵害されたプロセスがカーネルやホストに対してできることが広がります。プログラムがそれなしでは動作しない場合にのみ残し、その理由を記録してください。</translation>
    </message>
    <message>
        <source>runc grants this capability by default, but the restricted profile of the Pod Security Standards asks a container to drop every capability and add back at most CAP_NET_BIND_SERVICE. Most programs run without it.</source>
        <translation>runc はこのケーパビリティをデフォルトで付与しますが、Pod Security Standards の restricted プロファイルは、コンテナがすべてのケーパビリティを削除し、追加するのは CAP_NET_BIND_SERVICE までにすることを求めています。ほとんどのプログラムはこれなしで動作します。</translation>
    </message>
    <message>
        <source>CAP_SYS_ADMIN is the catch-all capability: mounting file systems, creating namespaces, configuring many kernel subsystems. It is close to full root, and most known container escapes start from it. Find the one operation the program needs and grant a narrower capability, or none.</source>
        <translation>CAP_SYS_ADMIN は万能のケーパビリティです：ファイルシステムのマウント、名前空間の作成、多くのカーネルサブシステムの設定が可能です。ほぼ完全な root に等しく、既知のコンテナエスケープの多くはここから始まります。プログラムが必要とする操作を特定し、より限定的なケーパビリティを付与するか、何も付与しないでください。</translation>
    </message>
    <message>
        <source>CAP_SYS_MODULE loads and unloads kernel modules. Code in a module runs in the host&apos;s kernel, so a container with it controls the whole machine.</source>
        <translation>CAP_SYS_MODULE はカーネルモジュールをロード・アンロードします。モジュール内のコードはホストのカーネルで実行されるため、これを持つコンテナはマシン全体を制御できます。</translation>
    </message>
    <message>
        <source>CAP_SYS_PTRACE lets a process read and change the memory of other processes it can see. Together with the host&apos;s PID namespace it reaches processes outside the container. Debuggers need it; services do not.</source>
        <translation>CAP_SYS_PTRACE を持つプロセスは、見える他のプロセスのメモリを読み書きできます。ホストの PID 名前空間と組み合わせると、コンテナ外のプロセスにも届きます。デバッガーには必要ですが、サービスには不要です。</translation>
    </message>
    <message>
        <source>CAP_NET_ADMIN configures interfaces, routes and firewall rules. In the host&apos;s network namespace that is the host&apos;s network; in the container&apos;s own it still opens a large part of the kernel&apos;s network code to the process.</source>
        <translation>CAP_NET_ADMIN はインターフェース、ルート、ファイアウォールルールを設定します。ホストのネットワーク名前空間ではそれはホストのネットワークそのものです。コンテナ専用の名前空間でも、カーネルのネットワークコードの大部分をプロセスにさらします。</translation>
    </message>
    <message>
        <source>CAP_NET_RAW opens raw and packet sockets: a process can forge packets and spoof addresses on the networks it reaches. Docker grants it by default, the Pod Security Standards do not. Only tools such as ping need it, and modern ping works without it.</source>
        <translation>CAP_NET_RAW は raw ソケットとパケットソケットを開きます：プロセスは到達できるネットワーク上でパケットを偽造し、アドレスを詐称できます。Docker はデフォルトで付与しますが、Pod Security Standards は付与しません。必要とするのは ping などのツールだけで、最近の ping はこれなしで動作します。</translation>
    </message>
    <message>
        <source>CAP_DAC_READ_SEARCH skips permission checks on reading files and directories, and allows open_by_handle_at(), which a known escape used to read files of the host outside the container&apos;s root.</source>
        <translation>CAP_DAC_READ_SEARCH はファイルとディレクトリの読み取り時の権限チェックを省略し、open_by_handle_at() を許可します。既知のエスケープはこれを使って、コンテナのルートの外にあるホストのファイルを読み取りました。</translation>
    </message>
    <message>
        <source>CAP_SYS_RAWIO allows raw I/O: I/O ports, /dev/mem and raw commands to block devices. With a device at hand it bypasses every file system permission.</source>
        <translation>CAP_SYS_RAWIO は raw I/O を許可します：I/O ポート、/dev/mem、ブロックデバイスへの raw コマンド。デバイスがあれば、ファイルシステムの権限をすべて迂回できます。</translation>
    </message>
    <message>
        <source>CAP_BPF loads BPF programs and maps into the kernel. The verifier is a frequent source of kernel vulnerabilities, and with CAP_PERFMON or CAP_NET_ADMIN such programs can watch the whole host.</source>
        <translation>CAP_BPF は BPF プログラムとマップをカーネルにロードします。ベリファイアはカーネル脆弱性の頻繁な原因であり、CAP_PERFMON や CAP_NET_ADMIN と組み合わせると、そうしたプログラムはホスト全体を監視できます。</translation>
    </message>
    <message>
        <source>CAP_PERFMON opens performance monitoring and tracing, which can observe other processes and the kernel itself and leak what they hold.</source>
        <translation>CAP_PERFMON はパフォーマンス監視とトレースを可能にします。これにより他のプロセスやカーネル自体を観察し、それらが保持する情報を漏らす可能性があります。</translation>
    </message>
    <message>
        <source>CAP_SYS_BOOT reboots the machine and loads a new kernel with kexec. It has no use inside a container.</source>
        <translation>CAP_SYS_BOOT はマシンを再起動し、kexec で新しいカーネルをロードします。コンテナ内では用途がありません。</translation>
    </message>
    <message>
        <source>CAP_SYS_TIME sets the system clock. The clock is not namespaced: the change applies to the host and every container on it, and breaks certificates, logs and schedules.</source>
        <translation>CAP_SYS_TIME はシステムクロックを設定します。クロックは名前空間で分離されていないため、変更はホストとその上のすべてのコンテナに及び、証明書、ログ、スケジュールを壊します。</translation>
    </message>
    <message>
        <source>CAP_MAC_ADMIN changes the configuration of mandatory access control (AppArmor, SELinux, Smack), the very policy meant to contain the container.</source>
        <translation>CAP_MAC_ADMIN は強制アクセス制御（AppArmor、SELinux、Smack）の設定、つまりコンテナを閉じ込めるためのポリシーそのものを変更します。</translation>
    </message>
    <message>
        <source>CAP_MAC_OVERRIDE lets a process ignore mandatory access control policy where the security module honours it.</source>
        <translation>CAP_MAC_OVERRIDE を持つプロセスは、セキュリティモジュールが考慮する範囲で強制アクセス制御ポリシーを無視できます。</translation>
    </message>
    <message>
        <source>CAP_SYSLOG reads and clears the kernel log, which holds messages of the whole host and kernel addresses that help an attacker defeat address randomisation.</source>
        <translation>CAP_SYSLOG はカーネルログを読み取り・消去します。カーネルログにはホスト全体のメッセージや、攻撃者がアドレスのランダム化を破るのに役立つカーネルアドレスが含まれます。</translation>
    </message>
    <message>
        <source>CAP_AUDIT_CONTROL changes the kernel&apos;s audit rules and can switch auditing off, hiding what happens on the host.</source>
        <translation>CAP_AUDIT_CONTROL はカーネルの監査ルールを変更し、監査を無効にしてホストで起きていることを隠すことができます。</translation>
    </message>
    <message>
        <source>Without a PID namespace of its own the container sees every process of the host, their command lines and environments, and can signal or trace those of the same user. Add a pid entry to linux.namespaces without a path.</source>
        <translation>専用の PID 名前空間がないと、コンテナはホストのすべてのプロセスと、そのコマンドラインや環境変数が見え、同じユーザーのプロセスにシグナルを送ったりトレースしたりできます。linux.namespaces に path なしの pid エントリを追加してください。</translation>
    </message>
    <message>
        <source>Without a network namespace of its own the container uses the host&apos;s interfaces: it can listen on any host port, reach services bound to localhost and watch local traffic. With its own namespace it starts with loopback only, and networking is added on purpose.</source>
        <translation>専用のネットワーク名前空間がないと、コンテナはホストのインターフェースを使います：任意のホストポートで待ち受け、localhost にバインドされたサービスに接続し、ローカルの通信を監視できます。専用の名前空間ではループバックだけで開始し、ネットワークは意図して追加することになります。</translation>
    </message>
    <message>
        <source>Without an IPC namespace of its own the container shares System V shared memory, semaphores and message queues with the host, and can read or corrupt what host programs keep there.</source>
        <translation>専用の IPC 名前空間がないと、コンテナは System V の共有メモリ、セマフォ、メッセージキューをホストと共有し、ホストのプログラムがそこに保持するものを読んだり壊したりできます。</translation>
    </message>
    <message>
        <source>Without a UTS namespace of its own the container shares the host&apos;s hostname and domain name; hostname in the configuration then has no effect, and a process with CAP_SYS_ADMIN renames the host.</source>
        <translation>専用の UTS 名前空間がないと、コンテナはホストのホスト名とドメイン名を共有します。その場合、設定の hostname は効果がなく、CAP_SYS_ADMIN を持つプロセスはホストの名前を変更できます。</translation>
    </message>
    <message>
        <source>Without a user namespace user IDs in the container are the host&apos;s: root in the container is root on the host, held back only by capabilities, seccomp and the security module. A user namespace maps the container&apos;s root to an unprivileged host user. It needs linux.uidMappings and linux.gidMappings, so there is no one-click fix.</source>
        <translation>ユーザー名前空間がないと、コンテナ内のユーザー ID はホストのものと同じです：コンテナ内の root はホスト上の root であり、抑えているのはケーパビリティ、seccomp、セキュリティモジュールだけです。ユーザー名前空間はコンテナの root をホストの非特権ユーザーにマッピングします。linux.uidMappings と linux.gidMappings が必要なため、ワンクリックの修正はありません。</translation>
    </message>
    <message>
        <source>Without a cgroup namespace the container sees the host&apos;s control group tree in /proc/self/cgroup and under /sys/fs/cgroup, which tells it about the host and other containers. Docker and Podman give every container its own on cgroup v2.</source>
        <translation>cgroup 名前空間がないと、コンテナには /proc/self/cgroup や /sys/fs/cgroup 以下でホストのコントロールグループツリーが見え、ホストや他のコンテナの情報が分かってしまいます。Docker と Podman は cgroup v2 上ではすべてのコンテナに専用の cgroup 名前空間を与えます。</translation>
    </message>
    <message>
        <source>The process runs as user 0, and that user is root on the host. Any way out of the container, through a kernel bug or a careless mount, then lands as root. Run the program as an unprivileged user, or give the container a user namespace that maps its root to an unprivileged host user.</source>
        <translation>プロセスはユーザー 0 として実行され、そのユーザーはホスト上の root です。カーネルのバグや不注意なマウントなどでコンテナから抜け出されると、root として着地されます。プログラムを非特権ユーザーとして実行するか、コンテナの root をホストの非特権ユーザーにマッピングするユーザー名前空間をコンテナに与えてください。</translation>
    </message>
    <message>
        <source>Without noNewPrivileges a process can gain privileges by running a setuid or setgid program, or one with file capabilities. Setting it to true makes execve() keep privileges as they are; it is also what lets an unprivileged process install a seccomp filter.</source>
        <translation>noNewPrivileges がないと、プロセスは setuid や setgid のプログラム、ファイルケーパビリティを持つプログラムを実行して特権を得られます。true に設定すると execve() は特権をそのまま維持します。また、非特権プロセスが seccomp フィルターを設定できるのもこの設定があるからです。</translation>
    </message>
    <message>
        <source>Without a seccomp filter the process may make every system call the kernel has, including rarely used ones where kernel bugs hide (keyctl, bpf, userfaultfd, perf_event_open). Docker, Podman and Kubernetes&apos; RuntimeDefault all install a profile that allows what ordinary programs use and refuses the rest. Add such a profile to linux.seccomp.</source>
        <translation>seccomp フィルターがないと、プロセスはカーネルが持つすべてのシステムコールを呼び出せます。カーネルのバグが潜むめったに使われないもの（keyctl、bpf、userfaultfd、perf_event_open）も含まれます。Docker、Podman、Kubernetes の RuntimeDefault はいずれも、一般的なプログラムが使うものを許可し残りを拒否するプロファイルを設定します。そのようなプロファイルを linux.seccomp に追加してください。</translation>
    </message>
    <message>
        <source>The seccomp profile allows every system call it does not name. Such a list of refusals misses new and forgotten calls; the default profiles of container engines work the other way round: defaultAction refuses (SCMP_ACT_ERRNO) and the rules list what is allowed.</source>
        <translation>seccomp プロファイルは、指定していないすべてのシステムコールを許可しています。このような拒否リストは新しい呼び出しや忘れられた呼び出しを見逃します。コンテナエンジンのデフォルトプロファイルは逆の方式です：defaultAction で拒否し（SCMP_ACT_ERRNO）、ルールで許可するものを列挙します。</translation>
    </message>
    <message>
        <source>Neither an AppArmor profile nor an SELinux label is set, so no mandatory access control confines the process beyond file permissions. On an AppArmor host set process.apparmorProfile to a loaded profile (Docker&apos;s is docker-default); on an SELinux host set process.selinuxLabel with a container type such as container_t. The name depends on the host, so there is no one-click fix.</source>
        <translation>AppArmor プロファイルも SELinux ラベルも設定されていないため、ファイルの権限以外にプロセスを制限する強制アクセス制御がありません。AppArmor のホストでは process.apparmorProfile にロード済みのプロファイルを設定してください（Docker のものは docker-default）。SELinux のホストでは process.selinuxLabel に container_t などのコンテナ用タイプを設定してください。名前はホストによって異なるため、ワンクリックの修正はありません。</translation>
    </message>
    <message>
        <source>The AppArmor profile &quot;unconfined&quot; switches AppArmor off for the process. Use the profile your container engine loads, or one written for the program.</source>
        <translation>AppArmor プロファイル「unconfined」は、そのプロセスの AppArmor を無効にします。コンテナエンジンがロードするプロファイルか、プログラム用に書かれたプロファイルを使ってください。</translation>
    </message>
    <message>
        <source>The SELinux label gives the process a type outside those made for containers (container_t, container_init_t, container_kvm_t, container_engine_t). Types such as spc_t or unconfined_t are not confined at all.</source>
        <translation>SELinux ラベルがプロセスに与えるタイプは、コンテナ用のタイプ（container_t、container_init_t、container_kvm_t、container_engine_t）ではありません。spc_t や unconfined_t などのタイプはまったく制限されません。</translation>
    </message>
    <message>
        <source>runc hides parts of /proc and /sys that reveal or control the host: kernel memory (/proc/kcore), keys, timers, firmware. The Pod Security Standards require these default masks. Add the missing paths back to linux.maskedPaths.</source>
        <translation>runc は、ホストの情報を明かしたりホストを制御したりする /proc と /sys の一部を隠します：カーネルメモリ（/proc/kcore）、キー、タイマー、ファームウェア。Pod Security Standards はこれらのデフォルトのマスクを要求しています。不足しているパスを linux.maskedPaths に追加し直してください。</translation>
    </message>
    <message>
        <source>runc makes parts of /proc read-only that change the host kernel: /proc/sys, /proc/sysrq-trigger, interrupt and bus settings. Without them a process with enough privilege can retune or crash the host. Add the missing paths back to linux.readonlyPaths.</source>
        <translation>runc は、ホストのカーネルを変更する /proc の一部を読み取り専用にします：/proc/sys、/proc/sysrq-trigger、割り込みとバスの設定。これがないと、十分な特権を持つプロセスがホストを再調整したりクラッシュさせたりできます。不足しているパスを linux.readonlyPaths に追加し直してください。</translation>
    </message>
    <message>
        <source>The root filesystem is writable. An intruder can then replace the container&apos;s programs and libraries, and changes outlive a restart of the process. With root.readonly the image stays as built; give the program tmpfs or volume mounts for the few places it writes.</source>
        <translation>ルートファイルシステムが書き込み可能です。侵入者はコンテナのプログラムやライブラリを置き換えることができ、変更はプロセスを再起動しても残ります。root.readonly を設定するとイメージはビルドしたときのまま保たれます。プログラムが書き込む少数の場所には tmpfs やボリュームをマウントしてください。</translation>
    </message>
    <message>
        <source>With shared propagation of the root, mounts made inside the container travel back to the host&apos;s mount table. rslave, runc&apos;s default, still lets host mounts arrive but sends nothing back.</source>
        <translation>ルートの伝播が shared だと、コンテナ内で行ったマウントがホストのマウントテーブルに伝わります。runc のデフォルトである rslave では、ホストのマウントは届きますが、コンテナからは何も送り返しません。</translation>
    </message>
    <message>
        <source>Without a memory limit one container can take all of the host&apos;s memory and make the kernel kill other programs. Set linux.resources.memory.limit to what the program needs with some headroom; the right figure depends on the workload, so there is no one-click fix.</source>
        <translation>メモリ制限がないと、1 つのコンテナがホストのメモリをすべて使い、カーネルに他のプログラムを強制終了させる可能性があります。linux.resources.memory.limit に、プログラムが必要とする量に余裕を持たせた値を設定してください。適切な値はワークロードによって異なるため、ワンクリックの修正はありません。</translation>
    </message>
    <message>
        <source>Without a limit on processes a fork bomb in the container exhausts the host&apos;s process table, and nothing else can start. The fix sets 4096, generous for one service; lower it to what the program really uses.</source>
        <translation>プロセス数の制限がないと、コンテナ内のフォーク爆弾がホストのプロセステーブルを使い果たし、他に何も起動できなくなります。修正では 4096 を設定します。1 つのサービスには十分な値なので、プログラムが実際に使う数まで下げてください。</translation>
    </message>
    <message>
        <source>Neither CPU shares nor a CPU quota is set, so the container competes for the processor like any host process and a busy loop slows everything else. Set linux.resources.cpu.shares, or quota and period, to suit the workload.</source>
        <translation>CPU シェアも CPU クォータも設定されていないため、コンテナはホストの他のプロセスと同様にプロセッサを奪い合い、ビジーループが他のすべてを遅くします。ワークロードに合わせて linux.resources.cpu.shares、または quota と period を設定してください。</translation>
    </message>
    <message>
        <source>A bind mount gives the container a part of the host&apos;s file system. System directories such as /, /etc, /proc, /sys, /dev, /boot or kernel modules let a process read secrets of the host or, when writable, change it outright. Mount only the files the program needs, read-only where possible.</source>
        <translation>バインドマウントはホストのファイルシステムの一部をコンテナに与えます。/、/etc、/proc、/sys、/dev、/boot、カーネルモジュールなどのシステムディレクトリでは、プロセスがホストの秘密情報を読んだり、書き込み可能ならホストを直接変更したりできます。プログラムが必要とするファイルだけを、できるだけ読み取り専用でマウントしてください。</translation>
    </message>
    <message>
        <source>Whoever reaches a container engine&apos;s socket or state can start a privileged container of their own and so owns the host. The Docker, containerd and CRI-O sockets, runc&apos;s state and the engines&apos; storage must never be mounted into an ordinary container.</source>
        <translation>コンテナエンジンのソケットや状態に到達できる者は、独自の特権コンテナを起動でき、ホストを掌握できます。Docker、containerd、CRI-O のソケット、runc の状態、エンジンのストレージは、通常のコンテナに決してマウントしてはいけません。</translation>
    </message>
    <message>
        <source>A read-write bind mount lets the container change files on the host, which the host and other containers may trust. Add &quot;ro&quot; to the mount&apos;s options unless the program has to write there.</source>
        <translation>読み書き可能なバインドマウントでは、コンテナがホスト上のファイルを変更できます。そのファイルはホストや他のコンテナが信頼しているかもしれません。プログラムがそこに書き込む必要がない限り、マウントのオプションに「ro」を追加してください。</translation>
    </message>
    <message>
        <source>The mount shows the container a part of the host&apos;s file system, read-only. That is often fine, but the Pod Security Standards forbid host paths outright: the container depends on this host and learns about it.</source>
        <translation>このマウントは、ホストのファイルシステムの一部を読み取り専用でコンテナに見せます。多くの場合は問題ありませんが、Pod Security Standards はホストパスを一切禁止しています：コンテナがこのホストに依存し、ホストについての情報を得るためです。</translation>
    </message>
    <message>
        <source>Shared propagation sends mounts made inside the container back to the host, so the container can change what the host sees below that path. Use private (or slave) propagation.</source>
        <translation>shared 伝播では、コンテナ内で行ったマウントがホストに送り返されるため、コンテナはそのパス以下でホストから見えるものを変更できます。private（または slave）伝播を使ってください。</translation>
    </message>
    <message>
        <source>This device cgroup rule lets the container read and write every device of a kind, or all of them: raw disks, memory, the console. It is what privileged mode grants. runc allows a short list (null, zero, full, random, urandom, tty, ptmx, pts, tun); allow other devices one by one.</source>
        <translation>このデバイス cgroup ルールでは、コンテナがある種類のすべてのデバイス、またはすべてのデバイスを読み書きできます：raw ディスク、メモリ、コンソールなど。これは特権モードが与えるものと同じです。runc が許可するのは短いリスト（null、zero、full、random、urandom、tty、ptmx、pts、tun）だけです。他のデバイスは 1 つずつ許可してください。</translation>
    </message>
    <message>
        <source>This device cgroup rule allows a device beyond runc&apos;s default list. Make sure the container really needs it: a device node is direct access to host hardware or a kernel driver.</source>
        <translation>このデバイス cgroup ルールは、runc のデフォルトのリストにないデバイスを許可します。コンテナに本当に必要か確認してください：デバイスノードはホストのハードウェアやカーネルドライバーへの直接のアクセスです。</translation>
    </message>
    <message>
        <source>The container gets a block device node. Whoever may write a disk below its file system bypasses every permission on it, and reading it reveals all its files.</source>
        <translation>コンテナがブロックデバイスノードを利用できます。ファイルシステムの下にあるディスクに書き込める者は、その上のすべての権限を迂回でき、読み取ればすべてのファイルが分かります。</translation>
    </message>
    <message>
        <source>The container gets a device node beyond the ones runc creates (null, zero, full, random, urandom, tty). Each is a door to a host driver; keep only those the program uses.</source>
        <translation>コンテナが、runc が作成するもの（null、zero、full、random、urandom、tty）以外のデバイスノードを利用できます。それぞれがホストのドライバーへの入口です。プログラムが使うものだけを残してください。</translation>
    </message>
    <message>
        <source>Kubernetes calls only a few sysctls safe: namespaced ones that cannot affect other containers or the host. Others may change kernel behaviour for everyone or weaken its protections, and runc refuses those that are not namespaced at all.</source>
        <translation>Kubernetes が安全とみなす sysctl はごく一部です：名前空間で分離され、他のコンテナやホストに影響しないものです。その他はすべての人に対してカーネルの動作を変えたり保護を弱めたりする可能性があり、runc は名前空間で分離されていないものを拒否します。</translation>
    </message>
    <message>
        <source>Hooks run programs of the host as the runtime&apos;s user, usually root, outside the container&apos;s restrictions (createContainer hooks enter its namespaces, but the program still comes from the host). Whoever can change the configuration or the program can run code as root on the host. Keep only hooks you know.</source>
        <translation>フックはホストのプログラムをランタイムのユーザー（通常は root）として、コンテナの制限の外で実行します（createContainer フックはコンテナの名前空間に入りますが、プログラムはやはりホストのものです）。設定やプログラムを変更できる者は、ホスト上で root としてコードを実行できます。把握しているフックだけを残してください。</translation>
    </message>
    <message>
        <source>Docker Bench §5</source>
        <translation>Docker Bench §5</translation>
    </message>
    <message>
        <source>PSS baseline</source>
        <translation>PSS baseline</translation>
    </message>
    <message>
        <source>PSS restricted</source>
        <translation>PSS restricted</translation>
    </message>
    <message>
        <source>kubesec</source>
        <translation>kubesec</translation>
    </message>
    <message>
        <source>Trivy</source>
        <translation>Trivy</translation>
    </message>
    <message>
        <source>Docker Bench %1</source>
        <extracomment>A control of Docker Bench for Security, e.g. &quot;Docker Bench 5.4&quot;.</extracomment>
        <translation>Docker Bench %1</translation>
    </message>
    <message>
        <source>PSS baseline: %1</source>
        <extracomment>A control of the Pod Security Standards&apos; baseline profile, e.g. &quot;PSS baseline: Capabilities&quot;.</extracomment>
        <translation>PSS baseline: %1</translation>
    </message>
    <message>
        <source>PSS restricted: %1</source>
        <extracomment>A control of the Pod Security Standards&apos; restricted profile.</extracomment>
        <translation>PSS restricted: %1</translation>
    </message>
    <message>
        <source>kubesec %1</source>
        <extracomment>A rule of kubesec, e.g. &quot;kubesec CapSysAdmin&quot;.</extracomment>
        <translation>kubesec %1</translation>
    </message>
    <message>
        <source>Trivy %1</source>
        <extracomment>A check of Trivy, e.g. &quot;Trivy KSV005&quot;.</extracomment>
        <translation>Trivy %1</translation>
    </message>
</context>
<context>
    <name>SecurityReviewModel</name>
    <message>
        <source>No automatic fix; the explanation says what to do.</source>
        <translation>自動修正はありません。説明に対処方法があります。</translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>In the Fix column: the finding has a fix.</extracomment>
        <translation>あり</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
</context>
<context>
    <name>SecurityReviewPanel</name>
    <message>
        <source>Fi&amp;x</source>
        <extracomment>Alt+F belongs to the File menu.</extracomment>
        <translation>修正(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>フィールドへ移動(&amp;G)</translation>
    </message>
    <message>
        <source>Double-click a finding to go to the field it is about.</source>
        <translation>検出事項をダブルクリックすると、関係するフィールドへ移動します。</translation>
    </message>
    <message>
        <source>Apply the fix of the selected finding; Undo takes it back in one step</source>
        <translation>選択した検出事項の修正を適用します。「元に戻す」で一度に取り消せます</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>レビュー中…</translation>
    </message>
    <message>
        <source>The configuration passes every hardening check the editor knows.</source>
        <translation>設定は、エディターが知っているすべてのハードニングチェックに合格しています。</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>検出事項を選択すると、その重要性と修正方法が表示されます。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>The code and the field of a finding, e.g. &quot;security.root.writable at /root/readonly&quot;.</extracomment>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>No standard names this check; it is common hardening practice.</source>
        <translation>このチェックを定めている標準はありません。一般的なハードニングの慣行です。</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>満たしていない基準：%1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <source>No automatic fix.</source>
        <translation>自動修正はありません。</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>修正(&amp;F)</translation>
    </message>
    <message>
        <source>Security findings</source>
        <translation>セキュリティの検出事項</translation>
    </message>
    <message>
        <source>Hardening advice about the configuration; Enter goes to the field</source>
        <translation>設定に関するハードニングの助言。Enter キーでフィールドに移動します</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>検出事項の詳細</translation>
    </message>
    <message>
        <source>The selected finding: why it matters and how to fix it</source>
        <translation>選択した検出事項：なぜ重要か、どう修正するか</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>The command ends with a backslash.</source>
        <translation>コマンドがバックスラッシュで終わっています。</translation>
    </message>
    <message>
        <source>A single quote (&apos;) is not closed.</source>
        <translation>シングルクォート（&apos;）が閉じられていません。</translation>
    </message>
    <message>
        <source>A double quote (&quot;) is not closed.</source>
        <translation>ダブルクォート（&quot;）が閉じられていません。</translation>
    </message>
</context>
<context>
    <name>ShortcutListModel</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>The JSON text; the run view&apos;s console</source>
        <translation>JSON テキスト、実行ビューのコンソール</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter、Shift+Enter</translation>
    </message>
    <message>
        <source>Next match, previous match</source>
        <translation>次の一致、前の一致</translation>
    </message>
    <message>
        <source>The find field</source>
        <translation>検索フィールド</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the find field</source>
        <translation>検索フィールドを閉じる</translation>
    </message>
    <message>
        <source>Complete a member name or a value</source>
        <translation>メンバー名または値を補完</translation>
    </message>
    <message>
        <source>The JSON text</source>
        <translation>JSON テキスト</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+クリック</translation>
    </message>
    <message>
        <source>Open the tab that edits the member</source>
        <translation>メンバーを編集するタブを開く</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter、ダブルクリック</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>フィールドへ移動</translation>
    </message>
    <message>
        <source>Validation, Security Review, the run view&apos;s findings, Compare, Runtime support</source>
        <translation>検証、セキュリティレビュー、実行ビューの検出事項、比較、ランタイムのサポート状況</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>戻る、進む</translation>
    </message>
    <message>
        <source>Learn OCI</source>
        <translation>OCI を学ぶ</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Tick or clear a capability</source>
        <translation>ケーパビリティのチェックを入れる／外す</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>ケーパビリティ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Filter by keys, action or place…</source>
        <translation>キー、操作、場所で絞り込み…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>ショートカットを絞り込む</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>The keys, what they do and where they work</source>
        <translation>キー、その働き、使える場所</translation>
    </message>
</context>
<context>
    <name>SpecCatalogue</name>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>マウント</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Process: User</source>
        <translation>プロセス：ユーザー</translation>
    </message>
    <message>
        <source>Process: Capabilities</source>
        <translation>プロセス：ケーパビリティ</translation>
    </message>
    <message>
        <source>Process: Resource limits</source>
        <translation>プロセス：リソース制限</translation>
    </message>
    <message>
        <source>Process: Scheduler</source>
        <translation>プロセス：スケジューラー</translation>
    </message>
    <message>
        <source>Process: I/O priority</source>
        <translation>プロセス：I/O 優先度</translation>
    </message>
    <message>
        <source>Process: CPU affinity</source>
        <translation>プロセス：CPU アフィニティ</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>アノテーション</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Linux: Namespaces</source>
        <translation>Linux：名前空間</translation>
    </message>
    <message>
        <source>Linux: User namespace mappings</source>
        <translation>Linux：ユーザー名前空間のマッピング</translation>
    </message>
    <message>
        <source>Linux: Time namespace offsets</source>
        <translation>Linux：時刻名前空間のオフセット</translation>
    </message>
    <message>
        <source>Linux: Devices</source>
        <translation>Linux：デバイス</translation>
    </message>
    <message>
        <source>Linux: Network devices</source>
        <translation>Linux：ネットワークデバイス</translation>
    </message>
    <message>
        <source>Linux: Control groups</source>
        <translation>Linux：コントロールグループ</translation>
    </message>
    <message>
        <source>Linux: Allowed device list</source>
        <translation>Linux：許可するデバイスの一覧</translation>
    </message>
    <message>
        <source>Linux: Memory</source>
        <translation>Linux：メモリ</translation>
    </message>
    <message>
        <source>Linux: CPU</source>
        <translation>Linux：CPU</translation>
    </message>
    <message>
        <source>Linux: Block IO</source>
        <translation>Linux：ブロック I/O</translation>
    </message>
    <message>
        <source>Linux: Huge page limits</source>
        <translation>Linux：ヒュージページ制限</translation>
    </message>
    <message>
        <source>Linux: Network</source>
        <translation>Linux：ネットワーク</translation>
    </message>
    <message>
        <source>Linux: PIDs</source>
        <translation>Linux：PID</translation>
    </message>
    <message>
        <source>Linux: RDMA</source>
        <translation>Linux：RDMA</translation>
    </message>
    <message>
        <source>Linux: Unified</source>
        <translation>Linux：Unified</translation>
    </message>
    <message>
        <source>Linux: IntelRdt</source>
        <translation>Linux：IntelRdt</translation>
    </message>
    <message>
        <source>Linux: Memory policy</source>
        <translation>Linux：メモリポリシー</translation>
    </message>
    <message>
        <source>Linux: Sysctl</source>
        <translation>Linux：Sysctl</translation>
    </message>
    <message>
        <source>Linux: Seccomp</source>
        <translation>Linux：Seccomp</translation>
    </message>
    <message>
        <source>Linux: Rootfs mount propagation</source>
        <translation>Linux：ルートファイルシステムのマウント伝播</translation>
    </message>
    <message>
        <source>Linux: Masked paths</source>
        <translation>Linux：マスクするパス</translation>
    </message>
    <message>
        <source>Linux: Readonly paths</source>
        <translation>Linux：読み取り専用パス</translation>
    </message>
    <message>
        <source>Linux: Mount label</source>
        <translation>Linux：マウントラベル</translation>
    </message>
    <message>
        <source>Linux: Personality</source>
        <translation>Linux：パーソナリティ</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Windows: Devices</source>
        <translation>Windows：デバイス</translation>
    </message>
    <message>
        <source>Windows: Resources</source>
        <translation>Windows：リソース</translation>
    </message>
    <message>
        <source>Windows: Network</source>
        <translation>Windows：ネットワーク</translation>
    </message>
    <message>
        <source>Windows: Hyper-V</source>
        <translation>Windows：Hyper-V</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Virtual machine: Hardware</source>
        <translation>仮想マシン：ハードウェア</translation>
    </message>
    <message>
        <source>Solaris</source>
        <translation>Solaris</translation>
    </message>
    <message>
        <source>Solaris: Automatic network</source>
        <translation>Solaris：自動ネットワーク</translation>
    </message>
    <message>
        <source>z/OS</source>
        <translation>z/OS</translation>
    </message>
    <message>
        <source>z/OS: Namespaces</source>
        <translation>z/OS：名前空間</translation>
    </message>
    <message>
        <source>z/OS: Devices</source>
        <translation>z/OS：デバイス</translation>
    </message>
    <message>
        <source>FreeBSD</source>
        <translation>FreeBSD</translation>
    </message>
    <message>
        <source>FreeBSD: Devices</source>
        <translation>FreeBSD：デバイス</translation>
    </message>
    <message>
        <source>FreeBSD: Jail</source>
        <translation>FreeBSD：Jail</translation>
    </message>
    <message>
        <source>Change the owner and group of any file.</source>
        <translation>任意のファイルの所有者とグループを変更します。</translation>
    </message>
    <message>
        <source>Ignore read, write and execute permission bits on files.</source>
        <translation>ファイルの読み取り・書き込み・実行の権限ビットを無視します。</translation>
    </message>
    <message>
        <source>Read any file and list any directory; also allows opening files by handle, which can escape a chroot.</source>
        <translation>任意のファイルを読み取り、任意のディレクトリを一覧表示します。ハンドルによるファイルのオープンも可能になり、これは chroot からの脱出に使えます。</translation>
    </message>
    <message>
        <source>Act as the owner of any file, e.g. to change its mode.</source>
        <translation>任意のファイルの所有者として振る舞います。たとえばモードを変更できます。</translation>
    </message>
    <message>
        <source>Keep set-user-ID and set-group-ID bits when a file is modified.</source>
        <translation>ファイルが変更されても set-user-ID ビットと set-group-ID ビットを保持します。</translation>
    </message>
    <message>
        <source>Send signals to processes of other users.</source>
        <translation>他のユーザーのプロセスにシグナルを送ります。</translation>
    </message>
    <message>
        <source>Change group IDs and the supplementary group list.</source>
        <translation>グループ ID と補助グループの一覧を変更します。</translation>
    </message>
    <message>
        <source>Change user IDs.</source>
        <translation>ユーザー ID を変更します。</translation>
    </message>
    <message>
        <source>Change capability sets, e.g. drop bounding capabilities.</source>
        <translation>ケーパビリティのセットを変更します。たとえばバウンディングセットからケーパビリティを外します。</translation>
    </message>
    <message>
        <source>Set the immutable and append-only file attributes.</source>
        <translation>ファイルの immutable 属性と append-only 属性を設定します。</translation>
    </message>
    <message>
        <source>Bind sockets to ports below 1024.</source>
        <translation>1024 未満のポートにソケットをバインドします。</translation>
    </message>
    <message>
        <source>Broadcast and listen to multicast (unused by the kernel).</source>
        <translation>マルチキャストの送信と受信を行います（カーネルでは使われていません）。</translation>
    </message>
    <message>
        <source>Configure network interfaces, routing, firewall rules and more.</source>
        <translation>ネットワークインターフェース、ルーティング、ファイアウォールルールなどを設定します。</translation>
    </message>
    <message>
        <source>Use raw and packet sockets, e.g. for ping.</source>
        <translation>raw ソケットと packet ソケットを使います。たとえば ping に必要です。</translation>
    </message>
    <message>
        <source>Lock memory so it is never swapped out.</source>
        <translation>メモリをロックし、スワップアウトされないようにします。</translation>
    </message>
    <message>
        <source>Bypass permission checks on System V IPC objects.</source>
        <translation>System V IPC オブジェクトの権限チェックを回避します。</translation>
    </message>
    <message>
        <source>Load and unload kernel modules.</source>
        <translation>カーネルモジュールをロード・アンロードします。</translation>
    </message>
    <message>
        <source>Access I/O ports and raw devices such as /dev/mem.</source>
        <translation>I/O ポートや /dev/mem などの raw デバイスにアクセスします。</translation>
    </message>
    <message>
        <source>Use chroot and change mount namespaces with setns.</source>
        <translation>chroot を使い、setns でマウント名前空間を変更します。</translation>
    </message>
    <message>
        <source>Trace and inspect any process.</source>
        <translation>任意のプロセスをトレースし、調べます。</translation>
    </message>
    <message>
        <source>Switch process accounting on or off.</source>
        <translation>プロセスアカウンティングをオン・オフします。</translation>
    </message>
    <message>
        <source>A catch-all for administration: mounting, namespaces, quotas and much more.</source>
        <translation>管理操作の寄せ集めです：マウント、名前空間、クォータなど多数。</translation>
    </message>
    <message>
        <source>Reboot the machine and load a new kernel.</source>
        <translation>マシンを再起動し、新しいカーネルをロードします。</translation>
    </message>
    <message>
        <source>Raise priorities and set real-time scheduling and CPU affinity of any process.</source>
        <translation>任意のプロセスの優先度を上げ、リアルタイムスケジューリングと CPU アフィニティを設定します。</translation>
    </message>
    <message>
        <source>Exceed resource limits and quotas.</source>
        <translation>リソース制限とクォータを超えます。</translation>
    </message>
    <message>
        <source>Set the system clock.</source>
        <translation>システムクロックを設定します。</translation>
    </message>
    <message>
        <source>Hang up virtual terminals.</source>
        <translation>仮想端末をハングアップさせます。</translation>
    </message>
    <message>
        <source>Create device nodes.</source>
        <translation>デバイスノードを作成します。</translation>
    </message>
    <message>
        <source>Take leases on files owned by others.</source>
        <translation>他人が所有するファイルのリースを取得します。</translation>
    </message>
    <message>
        <source>Write records to the kernel audit log.</source>
        <translation>カーネルの監査ログに記録を書き込みます。</translation>
    </message>
    <message>
        <source>Configure kernel auditing.</source>
        <translation>カーネルの監査を設定します。</translation>
    </message>
    <message>
        <source>Give capabilities to files.</source>
        <translation>ファイルにケーパビリティを付与します。</translation>
    </message>
    <message>
        <source>Override mandatory access control (e.g. Smack).</source>
        <translation>強制アクセス制御（Smack など）を無効化します。</translation>
    </message>
    <message>
        <source>Change mandatory access control policy.</source>
        <translation>強制アクセス制御のポリシーを変更します。</translation>
    </message>
    <message>
        <source>Read and clear the kernel log; reveals kernel addresses.</source>
        <translation>カーネルログを読み取り・消去します。カーネルアドレスが露出します。</translation>
    </message>
    <message>
        <source>Set timers that wake the system up.</source>
        <translation>システムを起こすタイマーを設定します。</translation>
    </message>
    <message>
        <source>Prevent the system from suspending.</source>
        <translation>システムのサスペンドを阻止します。</translation>
    </message>
    <message>
        <source>Read the audit log through a multicast socket.</source>
        <translation>マルチキャストソケット経由で監査ログを読み取ります。</translation>
    </message>
    <message>
        <source>Use performance monitoring, which exposes kernel internals.</source>
        <translation>パフォーマンス監視を使います。これはカーネル内部を露出させます。</translation>
    </message>
    <message>
        <source>Load BPF programs and create BPF maps.</source>
        <translation>BPF プログラムをロードし、BPF マップを作成します。</translation>
    </message>
    <message>
        <source>Checkpoint and restore processes, e.g. choose PIDs.</source>
        <translation>プロセスをチェックポイント・リストアします。たとえば PID を選べます。</translation>
    </message>
    <message>
        <source>The whole container configuration.</source>
        <translation>コンテナの構成全体。</translation>
    </message>
    <message>
        <source>The config.json of a bundle: everything a runtime needs to create the container besides the root filesystem itself.</source>
        <translation>バンドルの config.json：ルートファイルシステム自体を除いて、ランタイムがコンテナを作成するのに必要なすべてのもの。</translation>
    </message>
    <message>
        <source>Spec version</source>
        <translation>仕様のバージョン</translation>
    </message>
    <message>
        <source>Version of the runtime specification this file follows.</source>
        <translation>このファイルが従うランタイム仕様のバージョン。</translation>
    </message>
    <message>
        <source>Tells runtimes which edition of the runtime-spec the file was written for, as a SemVer string such as 1.2.0. Fields introduced after that version may be ignored by strict tools.</source>
        <translation>このファイルがランタイム仕様（runtime-spec）のどの版を想定して書かれたかをランタイムに伝えます。1.2.0 のような SemVer 文字列です。そのバージョンより後に導入されたフィールドは、厳格なツールでは無視されることがあります。</translation>
    </message>
    <message>
        <source>Root filesystem</source>
        <translation>ルートファイルシステム</translation>
    </message>
    <message>
        <source>Where the container&apos;s root filesystem lives.</source>
        <translation>コンテナのルートファイルシステムの場所。</translation>
    </message>
    <message>
        <source>Describes the directory that becomes / inside the container. Every platform needs it except Windows with Hyper-V isolation, where it must be left out.</source>
        <translation>コンテナ内で / になるディレクトリを記述します。Hyper-V 分離を使う Windows を除くすべてのプラットフォームで必要です。Hyper-V 分離の場合は省略しなければなりません。</translation>
    </message>
    <message>
        <source>Root path</source>
        <translation>ルートのパス</translation>
    </message>
    <message>
        <source>Directory of the root filesystem, absolute or relative to the bundle.</source>
        <translation>ルートファイルシステムのディレクトリ。絶対パス、またはバンドルからの相対パス。</translation>
    </message>
    <message>
        <source>The directory that will appear as / in the container. A relative path is taken from the bundle directory; by convention it is &quot;rootfs&quot;. On Windows it is a volume GUID path such as \\?\Volume{GUID}\.</source>
        <translation>コンテナ内で / として見えるディレクトリです。相対パスはバンドルディレクトリからたどります。慣例では「rootfs」です。Windows では \\?\Volume{GUID}\ のようなボリューム GUID パスです。</translation>
    </message>
    <message>
        <source>Read-only root</source>
        <translation>読み取り専用のルート</translation>
    </message>
    <message>
        <source>Mount the root filesystem read-only.</source>
        <translation>ルートファイルシステムを読み取り専用でマウントします。</translation>
    </message>
    <message>
        <source>When true, nothing in the container can write to its root filesystem; writable places must come from separate mounts such as a tmpfs. Windows does not support it: leave it out or false there.</source>
        <translation>true の場合、コンテナ内の何もルートファイルシステムに書き込めません。書き込み可能な場所は tmpfs などの別のマウントで用意する必要があります。Windows はこれをサポートしないため、省略するか false にしてください。</translation>
    </message>
    <message>
        <source>Host name seen inside the container.</source>
        <translation>コンテナ内で見えるホスト名。</translation>
    </message>
    <message>
        <source>The name the container&apos;s processes get from uname and hostname. Setting it needs a UTS namespace of the container&apos;s own.</source>
        <translation>コンテナのプロセスが uname や hostname から得る名前です。設定するには、コンテナ専用の UTS 名前空間が必要です。</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>NIS domain name seen inside the container.</source>
        <translation>コンテナ内で見える NIS ドメイン名。</translation>
    </message>
    <message>
        <source>The NIS/YP domain name of the container, as shown by domainname. Like the host name, it needs the container&apos;s own UTS namespace.</source>
        <translation>コンテナの NIS/YP ドメイン名で、domainname で表示されるものです。ホスト名と同様、コンテナ専用の UTS 名前空間が必要です。</translation>
    </message>
    <message>
        <source>Free-form key/value metadata.</source>
        <translation>自由形式のキーと値のメタデータ。</translation>
    </message>
    <message>
        <source>String metadata for tools that handle the container; runtimes do not act on it. Keys should use reverse domain names; the org.opencontainers prefix is reserved for the keys the specification lists.</source>
        <translation>コンテナを扱うツールのための文字列メタデータです。ランタイムはこれに基づいて動作しません。キーには逆ドメイン名を使うべきです。org.opencontainers 接頭辞は、仕様が列挙するキーのために予約されています。</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>アノテーション</translation>
    </message>
    <message>
        <source>One metadata value.</source>
        <translation>1 つのメタデータ値。</translation>
    </message>
    <message>
        <source>A string value stored under a non-empty key, for example com.example.owner.</source>
        <translation>空でないキーの下に格納される文字列値です。例：com.example.owner。</translation>
    </message>
    <message>
        <source>Filesystems mounted into the container, in order.</source>
        <translation>コンテナにマウントされるファイルシステム（順番どおり）。</translation>
    </message>
    <message>
        <source>Extra filesystems (proc, tmpfs, bind mounts, ...) mounted on top of the root filesystem. They are mounted in list order, so a later mount on the same or a parent directory hides an earlier one. On Solaris each entry becomes an fs resource of the zone.</source>
        <translation>ルートファイルシステムの上にマウントされる追加のファイルシステム（proc、tmpfs、バインドマウントなど）です。一覧の順にマウントされるため、同じディレクトリや親ディレクトリへの後のマウントは前のマウントを隠します。Solaris では各エントリがゾーンの fs リソースになります。</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>マウント</translation>
    </message>
    <message>
        <source>One mount point.</source>
        <translation>1 つのマウントポイント。</translation>
    </message>
    <message>
        <source>Says what to mount (source and type), where (destination) and how (options).</source>
        <translation>何を（source と type）、どこに（destination）、どのように（options）マウントするかを指定します。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>マウント先</translation>
    </message>
    <message>
        <source>Mount point inside the container.</source>
        <translation>コンテナ内のマウントポイント。</translation>
    </message>
    <message>
        <source>The directory inside the container where the filesystem appears. Write it as an absolute path (on Windows with a drive letter, e.g. C:\data); only Linux runtimes accept a relative one, for old configurations. On Windows no destination may lie inside another.</source>
        <translation>ファイルシステムが現れるコンテナ内のディレクトリです。絶対パスで書いてください（Windows ではドライブ文字付きで。例：C:\data）。相対パスを受け付けるのは、古い構成のために Linux のランタイムだけです。Windows では、マウント先を別のマウント先の中に置くことはできません。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Device, directory or name to mount.</source>
        <translation>マウントするデバイス、ディレクトリ、または名前。</translation>
    </message>
    <message>
        <source>For a bind mount the host file or directory (absolute or relative to the bundle); for other types whatever the filesystem expects, often just its name such as &quot;proc&quot; or &quot;tmpfs&quot;. On Windows a local directory of the host: network shares and mapped drives do not work.</source>
        <translation>バインドマウントではホストのファイルまたはディレクトリ（絶対パス、またはバンドルからの相対パス）です。その他の種類ではファイルシステムが期待するもので、多くの場合「proc」や「tmpfs」のような名前だけです。Windows ではホストのローカルディレクトリで、ネットワーク共有やマップされたドライブは使えません。</translation>
    </message>
    <message>
        <source>Filesystem type</source>
        <translation>ファイルシステムの種類</translation>
    </message>
    <message>
        <source>Filesystem type, e.g. proc, tmpfs, bind.</source>
        <translation>ファイルシステムの種類。例：proc、tmpfs、bind。</translation>
    </message>
    <message>
        <source>The kind of filesystem, as listed in /proc/filesystems (proc, sysfs, tmpfs, ...). Bind mounts may leave it out and use the bind or rbind option instead. Only POSIX platforms use it; on Solaris it is the zone&apos;s fs type, e.g. lofs.</source>
        <translation>/proc/filesystems に記載されているファイルシステムの種類（proc、sysfs、tmpfs など）です。バインドマウントでは省略し、代わりに bind または rbind オプションを使えます。POSIX プラットフォームでのみ使われます。Solaris ではゾーンの fs の種類（例：lofs）です。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Mount options such as ro, nosuid, bind.</source>
        <translation>ro、nosuid、bind などのマウントオプション。</translation>
    </message>
    <message>
        <source>Flags and filesystem options in the style of mount -o: generic flags (ro, nosuid, noexec), bind mode (bind, rbind), propagation (rprivate, rslave, ...) and idmap. Options the runtime does not know are handed to the filesystem. Windows runtimes must understand ro; on Solaris these are the options of the zone&apos;s fs resource.</source>
        <translation>mount -o 形式のフラグとファイルシステムオプションです：汎用フラグ（ro、nosuid、noexec）、バインドモード（bind、rbind）、伝播（rprivate、rslave など）、idmap。ランタイムが知らないオプションはファイルシステムに渡されます。Windows のランタイムは ro を理解する必要があります。Solaris では、ゾーンの fs リソースのオプションです。</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>One mount option.</source>
        <translation>1 つのマウントオプション。</translation>
    </message>
    <message>
        <source>A single flag like nodev, or a filesystem option like mode=755.</source>
        <translation>nodev のような単一のフラグ、または mode=755 のようなファイルシステムオプションです。</translation>
    </message>
    <message>
        <source>Mount UID mappings</source>
        <translation>マウントの UIDマッピング</translation>
    </message>
    <message>
        <source>User ID mapping for an ID-mapped mount.</source>
        <translation>IDマップトマウントのユーザー ID マッピング。</translation>
    </message>
    <message>
        <source>Turns the mount into an ID-mapped mount: file owners on the source are translated by these ranges. Give gidMappings too, and add the idmap or ridmap option so older runtimes do not silently ignore it.</source>
        <translation>マウントを IDマップトマウントにします。ソース上のファイル所有者はこれらの範囲で変換されます。gidMappings も指定し、古いランタイムが黙って無視しないように idmap または ridmap オプションを追加してください。</translation>
    </message>
    <message>
        <source>Mount GID mappings</source>
        <translation>マウントの GIDマッピング</translation>
    </message>
    <message>
        <source>Group ID mapping for an ID-mapped mount.</source>
        <translation>IDマップトマウントのグループ ID マッピング。</translation>
    </message>
    <message>
        <source>The group counterpart of the mount&apos;s uidMappings; the two always come together.</source>
        <translation>マウントの uidMappings に対応するグループ版です。この 2 つは常にセットで指定します。</translation>
    </message>
    <message>
        <source>ID range</source>
        <translation>ID の範囲</translation>
    </message>
    <message>
        <source>A contiguous range of IDs mapped from host to container.</source>
        <translation>ホストからコンテナへマッピングされる連続した ID の範囲。</translation>
    </message>
    <message>
        <source>Maps size consecutive IDs starting at hostID on the host to IDs starting at containerID in the container.</source>
        <translation>ホスト上の hostID から始まる連続した size 個の ID を、コンテナ内の containerID から始まる ID にマッピングします。</translation>
    </message>
    <message>
        <source>Container ID</source>
        <translation>コンテナ ID</translation>
    </message>
    <message>
        <source>First ID of the range inside the container.</source>
        <translation>コンテナ内での範囲の最初の ID。</translation>
    </message>
    <message>
        <source>The ID that processes in the container see for the first host ID of the range; 0 makes the range start at root.</source>
        <translation>範囲の最初のホスト ID が、コンテナ内のプロセスからどの ID に見えるかを指定します。0 にすると範囲が root から始まります。</translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation>ホスト ID</translation>
    </message>
    <message>
        <source>First ID of the range on the host.</source>
        <translation>ホスト上での範囲の最初の ID。</translation>
    </message>
    <message>
        <source>The real ID on the host that the start of the range stands for. For rootless containers it usually comes from /etc/subuid or /etc/subgid.</source>
        <translation>範囲の先頭が表すホスト上の実際の ID です。ルートレスコンテナでは通常 /etc/subuid または /etc/subgid から取得します。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Number of IDs in the range.</source>
        <translation>範囲内の ID の数。</translation>
    </message>
    <message>
        <source>How many consecutive IDs the range covers; IDs outside every range show up as the overflow ID (nobody).</source>
        <translation>範囲がカバーする連続した ID の数です。どの範囲にも含まれない ID は、オーバーフロー ID（nobody）として見えます。</translation>
    </message>
    <message>
        <source>The program the container runs.</source>
        <translation>コンテナが実行するプログラム。</translation>
    </message>
    <message>
        <source>Describes the container&apos;s first process: command line, environment, user, privileges and limits. A runtime needs it to start the container.</source>
        <translation>コンテナの最初のプロセスを記述します：コマンドライン、環境、ユーザー、特権、制限。ランタイムがコンテナを起動するにはこれが必要です。</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Give the process a pseudo-terminal.</source>
        <translation>プロセスに疑似端末を割り当てます。</translation>
    </message>
    <message>
        <source>When true, the runtime creates a pseudo-terminal and connects the process&apos;s standard input and outputs to it, as needed for interactive shells.</source>
        <translation>true の場合、ランタイムは疑似端末を作成し、プロセスの標準入力と出力をそこに接続します。対話的なシェルにはこれが必要です。</translation>
    </message>
    <message>
        <source>Console size</source>
        <translation>コンソールのサイズ</translation>
    </message>
    <message>
        <source>Initial size of the terminal.</source>
        <translation>端末の初期サイズ。</translation>
    </message>
    <message>
        <source>Rows and columns of the pseudo-terminal. It only matters when terminal is true.</source>
        <translation>疑似端末の行数と桁数です。terminal が true の場合にのみ意味を持ちます。</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Terminal rows.</source>
        <translation>端末の行数。</translation>
    </message>
    <message>
        <source>Number of text lines of the terminal.</source>
        <translation>端末のテキスト行の数です。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Terminal columns.</source>
        <translation>端末の桁数。</translation>
    </message>
    <message>
        <source>Number of characters per line of the terminal.</source>
        <translation>端末の 1 行あたりの文字数です。</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>作業ディレクトリ</translation>
    </message>
    <message>
        <source>Absolute directory the process starts in.</source>
        <translation>プロセスが開始する絶対ディレクトリ。</translation>
    </message>
    <message>
        <source>The current directory of the process when it starts, as an absolute path inside the container.</source>
        <translation>プロセス開始時のカレントディレクトリです。コンテナ内の絶対パスで指定します。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Environment variables as KEY=VALUE.</source>
        <translation>KEY=VALUE 形式の環境変数。</translation>
    </message>
    <message>
        <source>The complete environment of the process; nothing is inherited from the runtime. Each entry has the form NAME=value, PATH usually among them.</source>
        <translation>プロセスの環境のすべてです。ランタイムからは何も継承されません。各エントリは NAME=value の形式で、通常は PATH も含まれます。</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>One NAME=value entry.</source>
        <translation>1 つの NAME=value エントリ。</translation>
    </message>
    <message>
        <source>A variable name, an equals sign and the value, e.g. TERM=xterm.</source>
        <translation>変数名、等号、値を並べたものです。例：TERM=xterm。</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Program and its arguments.</source>
        <translation>プログラムとその引数。</translation>
    </message>
    <message>
        <source>The command line as a list: the first entry names the program (looked up in PATH like execvp does), the rest are its arguments. POSIX platforms need at least one entry; on Windows args may be left out when commandLine is given.</source>
        <translation>リスト形式のコマンドラインです：最初のエントリがプログラムを指定し（execvp と同様に PATH から検索されます）、残りがその引数です。POSIX プラットフォームでは少なくとも 1 つのエントリが必要です。Windows では、commandLine を指定した場合 args を省略できます。</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>One command-line argument.</source>
        <translation>1 つのコマンドライン引数。</translation>
    </message>
    <message>
        <source>A single argument, passed as is without any shell interpretation.</source>
        <translation>単一の引数です。シェルによる解釈なしで、そのまま渡されます。</translation>
    </message>
    <message>
        <source>Command line (Windows)</source>
        <translation>コマンドライン（Windows）</translation>
    </message>
    <message>
        <source>Whole command line as one string, Windows only.</source>
        <translation>1 つの文字列としてのコマンドライン全体。Windows のみ。</translation>
    </message>
    <message>
        <source>Windows runtimes prefer this single string; without it they quote and join the entries of args. Other platforms ignore it.</source>
        <translation>Windows のランタイムはこの単一の文字列を優先します。ない場合は、args のエントリを引用符で囲んで連結します。他のプラットフォームはこれを無視します。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Identity the process runs as.</source>
        <translation>プロセスを実行する ID。</translation>
    </message>
    <message>
        <source>Numeric user and group IDs, as seen inside the container, plus extra groups and the umask. Names are not resolved: the runtime does not read /etc/passwd. Windows names the account in username instead.</source>
        <translation>コンテナ内から見た数値のユーザー ID とグループ ID、追加のグループ、umask です。名前は解決されません：ランタイムは /etc/passwd を読みません。Windows では代わりに username でアカウントを指定します。</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Numeric user ID inside the container.</source>
        <translation>コンテナ内の数値のユーザー ID。</translation>
    </message>
    <message>
        <source>The user the process runs as, counted in the container&apos;s user namespace; 0 is root there.</source>
        <translation>プロセスを実行するユーザーで、コンテナのユーザー名前空間における値です。そこでは 0 が root です。</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>グループ ID</translation>
    </message>
    <message>
        <source>Numeric primary group ID inside the container.</source>
        <translation>コンテナ内の数値のプライマリグループ ID。</translation>
    </message>
    <message>
        <source>The primary group of the process, counted in the container&apos;s user namespace.</source>
        <translation>プロセスのプライマリグループで、コンテナのユーザー名前空間における値です。</translation>
    </message>
    <message>
        <source>Umask</source>
        <translation>umask</translation>
    </message>
    <message>
        <source>File creation mask, in decimal.</source>
        <translation>ファイル作成マスク（10 進数）。</translation>
    </message>
    <message>
        <source>Permission bits removed from newly created files. JSON has no octal numbers, so 0022 is written as 18. Without it the runtime&apos;s own umask stays in effect.</source>
        <translation>新しく作成されるファイルから取り除かれる権限ビットです。JSON には 8 進数がないため、0022 は 18 と書きます。指定しない場合は、ランタイム自身の umask がそのまま有効です。</translation>
    </message>
    <message>
        <source>Additional groups</source>
        <translation>追加グループ</translation>
    </message>
    <message>
        <source>Supplementary group IDs.</source>
        <translation>補助グループの ID。</translation>
    </message>
    <message>
        <source>Further groups the process belongs to, for access to files owned by those groups.</source>
        <translation>プロセスが属するその他のグループです。それらのグループが所有するファイルへのアクセスに使われます。</translation>
    </message>
    <message>
        <source>One supplementary group ID.</source>
        <translation>1 つの補助グループ ID。</translation>
    </message>
    <message>
        <source>A numeric group ID inside the container.</source>
        <translation>コンテナ内の数値のグループ ID です。</translation>
    </message>
    <message>
        <source>User name (Windows)</source>
        <translation>ユーザー名（Windows）</translation>
    </message>
    <message>
        <source>Account name, Windows only.</source>
        <translation>アカウント名。Windows のみ。</translation>
    </message>
    <message>
        <source>Windows runs the process as this account. Linux runtimes ignore it and use uid and gid.</source>
        <translation>Windows はこのアカウントでプロセスを実行します。Linux のランタイムはこれを無視し、uid と gid を使います。</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>リソース制限</translation>
    </message>
    <message>
        <source>setrlimit limits for the process.</source>
        <translation>プロセスの setrlimit 制限。</translation>
    </message>
    <message>
        <source>Per-process limits such as the number of open files, set with setrlimit before the program starts. Each type may appear only once. POSIX platforms have them, Windows does not.</source>
        <translation>開けるファイルの数など、プロセスごとの制限で、プログラムの開始前に setrlimit で設定されます。各種類は 1 回だけ指定できます。POSIX プラットフォームにはありますが、Windows にはありません。</translation>
    </message>
    <message>
        <source>Resource limit</source>
        <translation>リソース制限</translation>
    </message>
    <message>
        <source>One limit with its soft and hard value.</source>
        <translation>ソフト値とハード値を持つ 1 つの制限。</translation>
    </message>
    <message>
        <source>The soft value is what is enforced; the process may raise it up to the hard value.</source>
        <translation>実際に適用されるのはソフト値です。プロセスはハード値まで引き上げることができます。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Which resource to limit, e.g. RLIMIT_NOFILE.</source>
        <translation>制限するリソース。例：RLIMIT_NOFILE。</translation>
    </message>
    <message>
        <source>The resource, named as in getrlimit(2). A runtime refuses names the kernel does not know; other systems than Linux have limits of their own, such as RLIMIT_VMEM on Solaris.</source>
        <translation>getrlimit(2) での名前で指定するリソースです。ランタイムはカーネルが知らない名前を拒否します。Linux 以外のシステムには、Solaris の RLIMIT_VMEM のような独自の制限があります。</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>ソフトリミット</translation>
    </message>
    <message>
        <source>The enforced limit.</source>
        <translation>適用される制限。</translation>
    </message>
    <message>
        <source>The value the kernel enforces. It must not exceed the hard limit; 18446744073709551615 means unlimited.</source>
        <translation>カーネルが適用する値です。ハードリミットを超えてはいけません。18446744073709551615 は無制限を意味します。</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>ハードリミット</translation>
    </message>
    <message>
        <source>Highest value the soft limit may be raised to.</source>
        <translation>ソフトリミットを引き上げられる上限値。</translation>
    </message>
    <message>
        <source>The highest value the process may raise its soft limit to; raising the hard limit itself needs CAP_SYS_RESOURCE. 18446744073709551615 means unlimited.</source>
        <translation>プロセスがソフトリミットを引き上げられる上限値です。ハードリミット自体を引き上げるには CAP_SYS_RESOURCE が必要です。18446744073709551615 は無制限を意味します。</translation>
    </message>
    <message>
        <source>No new privileges</source>
        <translation>新しい特権を禁止</translation>
    </message>
    <message>
        <source>Forbid gaining privileges through exec.</source>
        <translation>exec による特権の獲得を禁止します。</translation>
    </message>
    <message>
        <source>Sets the no_new_privs bit: set-user-ID programs and file capabilities no longer raise privileges, so the process can never become more powerful than it starts. Linux and z/OS know this setting.</source>
        <translation>no_new_privs ビットを設定します：set-user-ID プログラムとファイルケーパビリティで特権が上がらなくなるため、プロセスが開始時より強い権限を得ることはありません。この設定は Linux と z/OS にあります。</translation>
    </message>
    <message>
        <source>AppArmor profile</source>
        <translation>AppArmor プロファイル</translation>
    </message>
    <message>
        <source>AppArmor profile to confine the process.</source>
        <translation>プロセスを制限する AppArmor プロファイル。</translation>
    </message>
    <message>
        <source>Name of an AppArmor profile loaded on the host; the process is confined by it. Leave it empty where AppArmor is not in use.</source>
        <translation>ホストに読み込まれた AppArmor プロファイルの名前です。プロセスはこれによって制限されます。AppArmor を使っていない環境では空のままにしてください。</translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation>OOM スコア調整</translation>
    </message>
    <message>
        <source>Makes the process more or less likely to be killed on out-of-memory.</source>
        <translation>メモリ不足時にプロセスが強制終了されやすいかどうかを調整します。</translation>
    </message>
    <message>
        <source>Written to /proc/PID/oom_score_adj, from -1000 (never kill) to 1000 (kill first). When absent, the value is left as inherited.</source>
        <translation>/proc/PID/oom_score_adj に書き込まれ、-1000（決して強制終了しない）から 1000（最初に強制終了する）までです。指定しない場合は、継承した値のままです。</translation>
    </message>
    <message>
        <source>SELinux label</source>
        <translation>SELinux ラベル</translation>
    </message>
    <message>
        <source>SELinux context of the process.</source>
        <translation>プロセスの SELinux コンテキスト。</translation>
    </message>
    <message>
        <source>The SELinux security context the process runs in, e.g. system_u:system_r:container_t:s0. Only used on hosts with SELinux enabled.</source>
        <translation>プロセスが実行される SELinux セキュリティコンテキストです。例：system_u:system_r:container_t:s0。SELinux が有効なホストでのみ使われます。</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>ケーパビリティ</translation>
    </message>
    <message>
        <source>Root privileges the process keeps.</source>
        <translation>プロセスが保持する root の特権。</translation>
    </message>
    <message>
        <source>Linux splits root&apos;s power into capabilities; these five sets say which of them the process keeps. Capabilities not listed are dropped, which is the main way to make a container root less powerful than host root.</source>
        <translation>Linux は root の権限をケーパビリティに分割しています。この 5 つのセットで、プロセスがそのうちどれを保持するかを指定します。列挙されていないケーパビリティは削除されます。これが、コンテナの root をホストの root より弱くする主な手段です。</translation>
    </message>
    <message>
        <source>Bounding set</source>
        <translation>バウンディングセット</translation>
    </message>
    <message>
        <source>Upper limit of capabilities ever obtainable.</source>
        <translation>獲得しうるケーパビリティの上限。</translation>
    </message>
    <message>
        <source>No capability outside this set can be gained again, not even by executing a privileged program.</source>
        <translation>このセットに含まれないケーパビリティは、特権プログラムを実行しても二度と獲得できません。</translation>
    </message>
    <message>
        <source>Effective set</source>
        <translation>実効セット</translation>
    </message>
    <message>
        <source>Capabilities checked by the kernel right now.</source>
        <translation>カーネルが現在検査するケーパビリティ。</translation>
    </message>
    <message>
        <source>The capabilities the kernel actually checks when the process acts. Each of them must also be in the permitted set, otherwise the kernel refuses the whole configuration.</source>
        <translation>プロセスが動作するときにカーネルが実際に検査するケーパビリティです。それぞれが許可セットにも含まれている必要があり、そうでなければカーネルは構成全体を拒否します。</translation>
    </message>
    <message>
        <source>Inheritable set</source>
        <translation>継承可能セット</translation>
    </message>
    <message>
        <source>Capabilities that can pass through exec.</source>
        <translation>exec を通じて引き継がれうるケーパビリティ。</translation>
    </message>
    <message>
        <source>Capabilities preserved across execve for programs whose file capabilities allow them; also a precondition for ambient capabilities.</source>
        <translation>ファイルケーパビリティが許すプログラムについて、execve をまたいで保持されるケーパビリティです。アンビエントケーパビリティの前提条件でもあります。</translation>
    </message>
    <message>
        <source>Permitted set</source>
        <translation>許可セット</translation>
    </message>
    <message>
        <source>Capabilities the process may switch on.</source>
        <translation>プロセスが有効にできるケーパビリティ。</translation>
    </message>
    <message>
        <source>The pool from which the effective set is drawn. A capability missing here is gone for good for this process.</source>
        <translation>実効セットの取り出し元となるプールです。ここにないケーパビリティは、このプロセスでは永久に失われます。</translation>
    </message>
    <message>
        <source>Ambient set</source>
        <translation>アンビエントセット</translation>
    </message>
    <message>
        <source>Capabilities kept across exec of ordinary programs.</source>
        <translation>通常のプログラムの exec をまたいで保持されるケーパビリティ。</translation>
    </message>
    <message>
        <source>Capabilities a non-root process keeps after executing a program without file capabilities. The kernel only accepts those that are both permitted and inheritable and drops the others.</source>
        <translation>root でないプロセスが、ファイルケーパビリティを持たないプログラムを実行した後も保持するケーパビリティです。カーネルは許可かつ継承可能なものだけを受け入れ、それ以外は削除します。</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>ケーパビリティ</translation>
    </message>
    <message>
        <source>One capability name, e.g. CAP_NET_BIND_SERVICE.</source>
        <translation>1 つのケーパビリティ名。例：CAP_NET_BIND_SERVICE。</translation>
    </message>
    <message>
        <source>A capability as named in capabilities(7), with the CAP_ prefix.</source>
        <translation>capabilities(7) に記載されている、CAP_ 接頭辞付きのケーパビリティ名です。</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>スケジューラー</translation>
    </message>
    <message>
        <source>CPU scheduling policy of the process.</source>
        <translation>プロセスの CPU スケジューリングポリシー。</translation>
    </message>
    <message>
        <source>Applied with sched_setattr before the program starts: the policy plus the parameters it uses (nice value, real-time priority, deadline times).</source>
        <translation>プログラムの開始前に sched_setattr で適用されます：ポリシーと、それが使うパラメーター（nice 値、リアルタイム優先度、デッドラインの各時間）です。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Scheduling policy, e.g. SCHED_OTHER or SCHED_FIFO.</source>
        <translation>スケジューリングポリシー。例：SCHED_OTHER、SCHED_FIFO。</translation>
    </message>
    <message>
        <source>SCHED_OTHER is normal time sharing; SCHED_FIFO and SCHED_RR are real-time; SCHED_BATCH and SCHED_IDLE are for background work; SCHED_DEADLINE runs by runtime, deadline and period.</source>
        <translation>SCHED_OTHER は通常のタイムシェアリング、SCHED_FIFO と SCHED_RR はリアルタイム、SCHED_BATCH と SCHED_IDLE はバックグラウンド処理用です。SCHED_DEADLINE は runtime、deadline、period に従って実行します。</translation>
    </message>
    <message>
        <source>Nice value</source>
        <translation>nice 値</translation>
    </message>
    <message>
        <source>Niceness for the normal policies; lower runs sooner.</source>
        <translation>通常のポリシーでの nice 値。低いほど先に実行されます。</translation>
    </message>
    <message>
        <source>From -20 (most favoured) to 19 (least favoured); used by SCHED_OTHER and SCHED_BATCH.</source>
        <translation>-20（最も優遇）から 19（最も冷遇）までです。SCHED_OTHER と SCHED_BATCH で使われます。</translation>
    </message>
    <message>
        <source>Static priority</source>
        <translation>静的優先度</translation>
    </message>
    <message>
        <source>Real-time priority for SCHED_FIFO and SCHED_RR.</source>
        <translation>SCHED_FIFO と SCHED_RR のリアルタイム優先度。</translation>
    </message>
    <message>
        <source>1 to 99 for the real-time policies, higher wins; the other policies need 0.</source>
        <translation>リアルタイムポリシーでは 1～99 で、高いほうが優先されます。その他のポリシーでは 0 にする必要があります。</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Extra sched_setattr flags.</source>
        <translation>追加の sched_setattr フラグ。</translation>
    </message>
    <message>
        <source>Modifiers of the policy, such as resetting it in child processes (SCHED_FLAG_RESET_ON_FORK).</source>
        <translation>ポリシーの修飾子です。たとえば子プロセスでポリシーをリセットするもの（SCHED_FLAG_RESET_ON_FORK）があります。</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>One scheduler flag.</source>
        <translation>1 つのスケジューラーフラグ。</translation>
    </message>
    <message>
        <source>A SCHED_FLAG_* constant from sched_setattr(2).</source>
        <translation>sched_setattr(2) の SCHED_FLAG_* 定数です。</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>実行時間</translation>
    </message>
    <message>
        <source>CPU time per period for SCHED_DEADLINE.</source>
        <translation>SCHED_DEADLINE での周期あたりの CPU 時間。</translation>
    </message>
    <message>
        <source>How much CPU time the process gets in each period under the deadline policy.</source>
        <translation>デッドラインポリシーで、プロセスが各周期に得る CPU 時間です。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>デッドライン</translation>
    </message>
    <message>
        <source>Time by which the runtime must be delivered.</source>
        <translation>実行時間を提供し終えなければならない期限。</translation>
    </message>
    <message>
        <source>Measured from the start of each period; it must lie between runtime and period.</source>
        <translation>各周期の開始から測ります。実行時間（runtime）と周期（period）の間の値でなければなりません。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Length of one deadline period.</source>
        <translation>1 つのデッドライン周期の長さ。</translation>
    </message>
    <message>
        <source>The interval in which the deadline scheduler hands out the runtime again.</source>
        <translation>デッドラインスケジューラーが実行時間を再び割り当てる間隔です。</translation>
    </message>
    <message>
        <source>I/O priority</source>
        <translation>I/O 優先度</translation>
    </message>
    <message>
        <source>Disk scheduling class and level.</source>
        <translation>ディスクスケジューリングのクラスとレベル。</translation>
    </message>
    <message>
        <source>Set with ioprio_set for the container&apos;s processes; it decides how the I/O scheduler ranks their disk requests.</source>
        <translation>コンテナのプロセスに ioprio_set で設定されます。I/O スケジューラーがディスク要求をどう順位付けするかを決めます。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Real-time, best-effort or idle.</source>
        <translation>リアルタイム、ベストエフォート、アイドルのいずれか。</translation>
    </message>
    <message>
        <source>IOPRIO_CLASS_RT always goes first, IOPRIO_CLASS_BE is the normal class, IOPRIO_CLASS_IDLE only gets the disk when nobody else wants it.</source>
        <translation>IOPRIO_CLASS_RT は常に最優先、IOPRIO_CLASS_BE は通常のクラス、IOPRIO_CLASS_IDLE は他に誰もディスクを使わないときだけ使えます。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Level within the class, 0 (highest) to 7.</source>
        <translation>クラス内のレベル。0（最高）～7。</translation>
    </message>
    <message>
        <source>Orders processes within the same class; 0 is served first, 7 last.</source>
        <translation>同じクラス内のプロセスを順位付けします。0 が最初、7 が最後に処理されます。</translation>
    </message>
    <message>
        <source>Exec CPU affinity</source>
        <translation>exec 時の CPU アフィニティ</translation>
    </message>
    <message>
        <source>CPUs used while executing extra processes.</source>
        <translation>追加プロセスの実行中に使う CPU。</translation>
    </message>
    <message>
        <source>Pins processes started with exec into a running container to certain CPUs, before and after they join its cgroup. The container&apos;s first process is not affected.</source>
        <translation>実行中のコンテナに exec で開始されたプロセスを、コンテナの cgroup に参加する前と後で特定の CPU に固定します。コンテナの最初のプロセスには影響しません。</translation>
    </message>
    <message>
        <source>Initial CPUs</source>
        <translation>初期 CPU</translation>
    </message>
    <message>
        <source>CPUs before joining the container&apos;s cgroup, e.g. 0-3,7.</source>
        <translation>コンテナの cgroup に参加する前の CPU。例：0-3,7。</translation>
    </message>
    <message>
        <source>The CPU list the runtime&apos;s helper runs on until the process is moved into the container&apos;s cgroup.</source>
        <translation>プロセスがコンテナの cgroup に移されるまで、ランタイムのヘルパーが実行される CPU の一覧です。</translation>
    </message>
    <message>
        <source>Final CPUs</source>
        <translation>最終 CPU</translation>
    </message>
    <message>
        <source>CPUs after joining the container&apos;s cgroup.</source>
        <translation>コンテナの cgroup に参加した後の CPU。</translation>
    </message>
    <message>
        <source>The CPU list applied once the process is in the cgroup. Empty or absent leaves the choice to the kernel and the cgroup&apos;s cpuset.</source>
        <translation>プロセスが cgroup に入った後に適用される CPU の一覧です。空または指定なしの場合、選択はカーネルと cgroup の cpuset に任されます。</translation>
    </message>
    <message>
        <source>Programs run at points of the container&apos;s lifecycle.</source>
        <translation>コンテナのライフサイクルの各時点で実行されるプログラム。</translation>
    </message>
    <message>
        <source>Host programs the runtime calls while creating, starting and removing the container, for example to set up networking. Each receives the container state as JSON on its standard input. Hooks belong to the POSIX platforms; Windows has none.</source>
        <translation>コンテナの作成、開始、削除の間にランタイムが呼び出すホスト上のプログラムで、たとえばネットワークの設定に使います。それぞれがコンテナの状態を JSON として標準入力で受け取ります。フックは POSIX プラットフォームのもので、Windows にはありません。</translation>
    </message>
    <message>
        <source>Prestart hooks</source>
        <translation>prestart フック</translation>
    </message>
    <message>
        <source>Deprecated: run after the environment is created, before pivot_root.</source>
        <translation>非推奨：環境の作成後、pivot_root の前に実行されます。</translation>
    </message>
    <message>
        <source>The oldest hook kind, run in the runtime&apos;s namespaces once the container&apos;s namespaces exist. It is deprecated: use createRuntime hooks instead.</source>
        <translation>最も古い種類のフックで、コンテナの名前空間ができた後にランタイムの名前空間で実行されます。非推奨です：代わりに createRuntime フックを使ってください。</translation>
    </message>
    <message>
        <source>createRuntime hooks</source>
        <translation>createRuntime フック</translation>
    </message>
    <message>
        <source>Run in the runtime&apos;s namespaces during create.</source>
        <translation>create の間にランタイムの名前空間で実行されます。</translation>
    </message>
    <message>
        <source>Called during create, after the namespaces exist but before the root filesystem is switched, in the runtime&apos;s own namespaces: the place to configure networking from the host.</source>
        <translation>create の間、名前空間ができた後、ルートファイルシステムが切り替わる前に、ランタイム自身の名前空間で呼び出されます。ホスト側からネットワークを設定するのに適した場所です。</translation>
    </message>
    <message>
        <source>createContainer hooks</source>
        <translation>createContainer フック</translation>
    </message>
    <message>
        <source>Run in the container&apos;s namespaces during create.</source>
        <translation>create の間にコンテナの名前空間で実行されます。</translation>
    </message>
    <message>
        <source>Called during create inside the container&apos;s mount namespace, before pivot_root, so they can still prepare mounts.</source>
        <translation>create の間、pivot_root の前にコンテナのマウント名前空間内で呼び出されるため、まだマウントを準備できます。</translation>
    </message>
    <message>
        <source>startContainer hooks</source>
        <translation>startContainer フック</translation>
    </message>
    <message>
        <source>Run inside the container just before the program starts.</source>
        <translation>プログラムの開始直前にコンテナ内で実行されます。</translation>
    </message>
    <message>
        <source>Called during start in the container, right before the user program is executed; the path is resolved in the container.</source>
        <translation>start の間、ユーザープログラムが実行される直前にコンテナ内で呼び出されます。path はコンテナ内で解決されます。</translation>
    </message>
    <message>
        <source>Poststart hooks</source>
        <translation>poststart フック</translation>
    </message>
    <message>
        <source>Run on the host after the program has started.</source>
        <translation>プログラムの開始後にホスト上で実行されます。</translation>
    </message>
    <message>
        <source>Called in the runtime&apos;s namespaces after the user program is running, e.g. to notify a supervisor.</source>
        <translation>ユーザープログラムが実行された後、ランタイムの名前空間で呼び出されます。たとえばスーパーバイザーへの通知に使います。</translation>
    </message>
    <message>
        <source>Poststop hooks</source>
        <translation>poststop フック</translation>
    </message>
    <message>
        <source>Run on the host after the container is deleted.</source>
        <translation>コンテナの削除後にホスト上で実行されます。</translation>
    </message>
    <message>
        <source>Called in the runtime&apos;s namespaces once the container has been deleted, to clean up what the other hooks set up. Their failure is only logged.</source>
        <translation>コンテナが削除された後、ランタイムの名前空間で呼び出され、他のフックが設定したものを片付けます。失敗はログに記録されるだけです。</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>One program to call.</source>
        <translation>呼び出す 1 つのプログラム。</translation>
    </message>
    <message>
        <source>A host program with its arguments, environment and an optional time limit. Hooks of one kind run in list order.</source>
        <translation>引数、環境、任意の制限時間を持つホスト上のプログラムです。同じ種類のフックは一覧の順に実行されます。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Absolute path of the hook program.</source>
        <translation>フックプログラムの絶対パス。</translation>
    </message>
    <message>
        <source>The executable to run. It must be absolute; no PATH search takes place.</source>
        <translation>実行する実行ファイルです。絶対パスでなければならず、PATH の検索は行われません。</translation>
    </message>
    <message>
        <source>Argument vector, including the program name.</source>
        <translation>プログラム名を含む引数ベクター。</translation>
    </message>
    <message>
        <source>Passed as argv, so the first entry is what the program sees as its own name.</source>
        <translation>argv として渡されるため、最初のエントリはプログラムが自分の名前として見るものになります。</translation>
    </message>
    <message>
        <source>One argument.</source>
        <translation>1 つの引数。</translation>
    </message>
    <message>
        <source>A single argument, passed without shell interpretation.</source>
        <translation>シェルによる解釈なしで渡される単一の引数です。</translation>
    </message>
    <message>
        <source>Environment of the hook as NAME=value.</source>
        <translation>NAME=value 形式のフックの環境。</translation>
    </message>
    <message>
        <source>The hook&apos;s complete environment, in the same form as the process environment.</source>
        <translation>フックの環境のすべてで、プロセスの環境と同じ形式です。</translation>
    </message>
    <message>
        <source>A variable name, an equals sign and the value.</source>
        <translation>変数名、等号、値を並べたものです。</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Seconds before the hook is aborted.</source>
        <translation>フックが中止されるまでの秒数。</translation>
    </message>
    <message>
        <source>If the hook runs longer, the runtime stops it and treats it as failed. Must be at least 1.</source>
        <translation>フックがこれより長く実行されると、ランタイムはそれを停止し、失敗として扱います。1 以上でなければなりません。</translation>
    </message>
    <message>
        <source>Settings that only exist on Linux.</source>
        <translation>Linux にのみ存在する設定。</translation>
    </message>
    <message>
        <source>Namespaces, ID mappings, devices, cgroup limits, seccomp and the other kernel features that isolate a Linux container.</source>
        <translation>名前空間、IDマッピング、デバイス、cgroup の制限、seccomp など、Linux コンテナを隔離するカーネル機能です。</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Kernel namespaces the container gets or joins.</source>
        <translation>コンテナが取得または参加するカーネルの名前空間。</translation>
    </message>
    <message>
        <source>Each listed type gives the container its own view of that resource (processes, network, mounts, ...), either new or an existing one given by path. Types not listed are shared with the host.</source>
        <translation>列挙された種類ごとに、コンテナはそのリソース（プロセス、ネットワーク、マウントなど）の独自のビューを得ます。新しいもの、または path で指定された既存のものです。列挙されていない種類はホストと共有されます。</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>One namespace.</source>
        <translation>1 つの名前空間。</translation>
    </message>
    <message>
        <source>A namespace type, and optionally the path of an existing namespace to join instead of creating one.</source>
        <translation>名前空間の種類と、必要に応じて、新しく作る代わりに参加する既存の名前空間のパス。</translation>
    </message>
    <message>
        <source>Which namespace: pid, network, mount, ipc, uts, user, cgroup or time.</source>
        <translation>どの名前空間か：pid、network、mount、ipc、uts、user、cgroup、time のいずれか。</translation>
    </message>
    <message>
        <source>pid isolates process IDs, network the network stack, mount the mount table, ipc System V IPC and message queues, uts the host name, user the user and group IDs, cgroup the cgroup view and time the boot and monotonic clocks. Each type may appear once.</source>
        <translation>pid はプロセス ID、network はネットワークスタック、mount はマウントテーブル、ipc は System V IPC とメッセージキュー、uts はホスト名、user はユーザー ID とグループ ID、cgroup は cgroup のビュー、time はブートクロックとモノトニッククロックを隔離します。各種類は 1 回だけ指定できます。</translation>
    </message>
    <message>
        <source>Existing namespace to join, e.g. /proc/1234/ns/net.</source>
        <translation>参加する既存の名前空間。例：/proc/1234/ns/net。</translation>
    </message>
    <message>
        <source>An absolute path to a namespace file on the host. When set, the container joins that namespace instead of getting a new one; it must be of the same type.</source>
        <translation>ホスト上の名前空間ファイルへの絶対パスです。設定すると、コンテナは新しい名前空間を得る代わりにその名前空間に参加します。同じ種類の名前空間でなければなりません。</translation>
    </message>
    <message>
        <source>UID mappings</source>
        <translation>UIDマッピング</translation>
    </message>
    <message>
        <source>How container user IDs map to host user IDs.</source>
        <translation>コンテナのユーザー ID をホストのユーザー ID にどうマッピングするか。</translation>
    </message>
    <message>
        <source>Ranges written to the user namespace&apos;s uid_map: root in the container can be an unprivileged user on the host. Needs a user namespace.</source>
        <translation>ユーザー名前空間の uid_map に書き込まれる範囲です。これにより、コンテナ内の root をホスト上では非特権ユーザーにできます。ユーザー名前空間が必要です。</translation>
    </message>
    <message>
        <source>GID mappings</source>
        <translation>GIDマッピング</translation>
    </message>
    <message>
        <source>How container group IDs map to host group IDs.</source>
        <translation>コンテナのグループ ID をホストのグループ ID にどうマッピングするか。</translation>
    </message>
    <message>
        <source>The group counterpart of uidMappings, written to gid_map. Needs a user namespace.</source>
        <translation>uidMappings に対応するグループ版で、gid_map に書き込まれます。ユーザー名前空間が必要です。</translation>
    </message>
    <message>
        <source>Time offsets</source>
        <translation>時刻オフセット</translation>
    </message>
    <message>
        <source>Shift of the container&apos;s boot and monotonic clocks.</source>
        <translation>コンテナのブートクロックとモノトニッククロックのずれ。</translation>
    </message>
    <message>
        <source>Lets the container see different CLOCK_BOOTTIME and CLOCK_MONOTONIC values than the host, e.g. after migration. Needs a time namespace.</source>
        <translation>コンテナに、ホストとは異なる CLOCK_BOOTTIME と CLOCK_MONOTONIC の値を見せます。たとえばマイグレーション後に使います。時刻名前空間が必要です。</translation>
    </message>
    <message>
        <source>Boot time offset</source>
        <translation>ブート時刻のオフセット</translation>
    </message>
    <message>
        <source>Offset of CLOCK_BOOTTIME.</source>
        <translation>CLOCK_BOOTTIME のオフセット。</translation>
    </message>
    <message>
        <source>Monotonic offset</source>
        <translation>モノトニックのオフセット</translation>
    </message>
    <message>
        <source>Offset of CLOCK_MONOTONIC.</source>
        <translation>CLOCK_MONOTONIC のオフセット。</translation>
    </message>
    <message>
        <source>The clock inside the container runs this far ahead of (or behind) the host&apos;s, in seconds plus nanoseconds.</source>
        <translation>コンテナ内の時計がホストの時計よりどれだけ進んでいるか（または遅れているか）を、秒とナノ秒で指定します。</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Whole seconds of the offset.</source>
        <translation>オフセットの秒の整数部分。</translation>
    </message>
    <message>
        <source>Whole seconds added to the clock; may be negative.</source>
        <translation>時計に加算される秒数（整数）。負の値も指定できます。</translation>
    </message>
    <message>
        <source>Nanoseconds</source>
        <translation>ナノ秒</translation>
    </message>
    <message>
        <source>Fraction of the offset.</source>
        <translation>オフセットの端数。</translation>
    </message>
    <message>
        <source>Additional nanoseconds, below one second.</source>
        <translation>1 秒未満の追加のナノ秒数です。</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Device nodes created in the container.</source>
        <translation>コンテナ内に作成されるデバイスノード。</translation>
    </message>
    <message>
        <source>Extra device files the runtime creates (or bind-mounts) in the container&apos;s /dev. The basic ones such as /dev/null and /dev/tty are always provided.</source>
        <translation>ランタイムがコンテナの /dev に作成する（またはバインドマウントする）追加のデバイスファイルです。/dev/null や /dev/tty などの基本的なものは常に用意されます。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>One device node.</source>
        <translation>1 つのデバイスノード。</translation>
    </message>
    <message>
        <source>Type, device numbers, path, mode and owner of a device file.</source>
        <translation>デバイスファイルの種類、デバイス番号、パス、モード、所有者。</translation>
    </message>
    <message>
        <source>c (character), b (block), u (unbuffered) or p (FIFO).</source>
        <translation>c（キャラクター）、b（ブロック）、u（バッファなし）、p（FIFO）のいずれか。</translation>
    </message>
    <message>
        <source>The kind of node as mknod knows it: c and u are character devices, b block devices, p a named pipe, which has no device numbers.</source>
        <translation>mknod が扱うノードの種類です：c と u はキャラクターデバイス、b はブロックデバイス、p は名前付きパイプで、デバイス番号を持ちません。</translation>
    </message>
    <message>
        <source>Full path of the node inside the container.</source>
        <translation>コンテナ内でのノードのフルパス。</translation>
    </message>
    <message>
        <source>Where the device file appears, e.g. /dev/fuse. An existing different file at that place is an error.</source>
        <translation>デバイスファイルが置かれる場所です。例：/dev/fuse。その場所に別のファイルが既にある場合はエラーになります。</translation>
    </message>
    <message>
        <source>Major number</source>
        <translation>メジャー番号</translation>
    </message>
    <message>
        <source>Driver number of the device.</source>
        <translation>デバイスのドライバー番号。</translation>
    </message>
    <message>
        <source>Selects the driver, as listed in /proc/devices. Required for all types except p.</source>
        <translation>/proc/devices に記載されているドライバーを選択します。p 以外のすべての種類で必須です。</translation>
    </message>
    <message>
        <source>Minor number</source>
        <translation>マイナー番号</translation>
    </message>
    <message>
        <source>Unit number within the driver.</source>
        <translation>ドライバー内のユニット番号。</translation>
    </message>
    <message>
        <source>Selects the individual device of the driver. Required for all types except p.</source>
        <translation>ドライバーの個々のデバイスを選択します。p 以外のすべての種類で必須です。</translation>
    </message>
    <message>
        <source>File mode</source>
        <translation>ファイルモード</translation>
    </message>
    <message>
        <source>Permission bits, in decimal (438 = 0666).</source>
        <translation>権限ビット（10 進数。438 = 0666）。</translation>
    </message>
    <message>
        <source>Access permissions of the node. JSON has no octal notation, so the familiar 0666 is written 438. A mode with the file type bits as stat reports them (8630 for a character device with 0666, as Podman writes it) is accepted too: runc drops them and creates the node that type names.</source>
        <translation>ノードのアクセス権限です。JSON には 8 進数表記がないため、おなじみの 0666 は 438 と書きます。stat が報告するファイル種別ビットを含むモード（Podman が書くような、0666 のキャラクターデバイスなら 8630）も受け付けます：runc はそれらのビットを取り除き、その種別が示すノードを作成します。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Owning user ID inside the container.</source>
        <translation>コンテナ内での所有ユーザー ID。</translation>
    </message>
    <message>
        <source>The user that owns the node, as seen in the container.</source>
        <translation>ノードを所有するユーザーで、コンテナ内から見た値です。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Owning group ID inside the container.</source>
        <translation>コンテナ内での所有グループ ID。</translation>
    </message>
    <message>
        <source>The group that owns the node, as seen in the container.</source>
        <translation>ノードを所有するグループで、コンテナ内から見た値です。</translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation>ネットワークデバイス</translation>
    </message>
    <message>
        <source>Host network interfaces moved into the container.</source>
        <translation>コンテナに移されるホストのネットワークインターフェース。</translation>
    </message>
    <message>
        <source>Keys are interface names on the host; each interface is moved into the container&apos;s network namespace and brought up. It returns to the host when the namespace goes away.</source>
        <translation>キーはホスト上のインターフェース名です。各インターフェースはコンテナのネットワーク名前空間に移されて有効化されます。名前空間がなくなると、ホストに戻ります。</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>ネットワークデバイス</translation>
    </message>
    <message>
        <source>One interface to move.</source>
        <translation>移す 1 つのインターフェース。</translation>
    </message>
    <message>
        <source>The interface named by the key, with an optional new name inside the container.</source>
        <translation>キーで指定されたインターフェースで、コンテナ内での新しい名前を任意で指定できます。</translation>
    </message>
    <message>
        <source>Name in container</source>
        <translation>コンテナ内での名前</translation>
    </message>
    <message>
        <source>Interface name inside the container.</source>
        <translation>コンテナ内でのインターフェース名。</translation>
    </message>
    <message>
        <source>Renames the interface on the way in; without it the host name is kept.</source>
        <translation>移すときにインターフェースの名前を変更します。指定しない場合は、ホストでの名前がそのまま使われます。</translation>
    </message>
    <message>
        <source>Cgroups path</source>
        <translation>cgroup のパス</translation>
    </message>
    <message>
        <source>Where the container&apos;s cgroup is placed.</source>
        <translation>コンテナの cgroup を置く場所。</translation>
    </message>
    <message>
        <source>An absolute path is taken from the root of the cgroup hierarchy, a relative one from the runtime&apos;s own cgroup. With systemd cgroups it has the form slice:prefix:name.</source>
        <translation>絶対パスは cgroup 階層のルートから、相対パスはランタイム自身の cgroup からたどります。systemd の cgroup では slice:prefix:name の形式になります。</translation>
    </message>
    <message>
        <source>Sysctl</source>
        <translation>Sysctl</translation>
    </message>
    <message>
        <source>Kernel parameters set for the container.</source>
        <translation>コンテナに設定するカーネルパラメーター。</translation>
    </message>
    <message>
        <source>Values written under /proc/sys when the container starts, e.g. net.ipv4.ip_forward. Only parameters that belong to one of the container&apos;s own namespaces can be set safely.</source>
        <translation>コンテナの起動時に /proc/sys 以下に書き込まれる値です。例：net.ipv4.ip_forward。安全に設定できるのは、コンテナ専用の名前空間のいずれかに属するパラメーターだけです。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Value of one kernel parameter.</source>
        <translation>1 つのカーネルパラメーターの値。</translation>
    </message>
    <message>
        <source>The key is the dotted parameter name, the value the text to write, always as a string.</source>
        <translation>キーはドット区切りのパラメーター名、値は書き込むテキストで、常に文字列です。</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Cgroup limits for the container.</source>
        <translation>コンテナの cgroup 制限。</translation>
    </message>
    <message>
        <source>Limits and weights the runtime writes to the container&apos;s cgroup: memory, CPU, block I/O, process count, devices and more.</source>
        <translation>ランタイムがコンテナの cgroup に書き込む制限と重み：メモリ、CPU、ブロック I/O、プロセス数、デバイスなど。</translation>
    </message>
    <message>
        <source>Device access rules</source>
        <translation>デバイスアクセスのルール</translation>
    </message>
    <message>
        <source>Which device nodes the container may use.</source>
        <translation>コンテナが使えるデバイスノード。</translation>
    </message>
    <message>
        <source>An ordered list of allow and deny rules for the device cgroup; the last matching rule wins. Runtimes usually start with deny-all and allow the standard devices.</source>
        <translation>デバイス cgroup の許可・拒否ルールの順序付きリストです。最後に一致したルールが優先されます。ランタイムは通常、すべて拒否から始めて標準のデバイスを許可します。</translation>
    </message>
    <message>
        <source>Device rule</source>
        <translation>デバイスルール</translation>
    </message>
    <message>
        <source>Allow or deny some devices.</source>
        <translation>一部のデバイスを許可または拒否します。</translation>
    </message>
    <message>
        <source>Matches devices by type and numbers and grants or refuses the listed kinds of access.</source>
        <translation>種類と番号でデバイスを照合し、列挙された種類のアクセスを許可または拒否します。</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>true to allow, false to deny.</source>
        <translation>true で許可、false で拒否。</translation>
    </message>
    <message>
        <source>Whether matching devices become accessible or inaccessible.</source>
        <translation>一致したデバイスをアクセス可能にするか、アクセス不可にするか。</translation>
    </message>
    <message>
        <source>a (all), c (character) or b (block).</source>
        <translation>a（すべて）、c（キャラクター）、b（ブロック）のいずれか。</translation>
    </message>
    <message>
        <source>Restricts the rule to character or block devices; a or absent matches both.</source>
        <translation>ルールをキャラクターデバイスまたはブロックデバイスに限定します。a または指定なしは両方に一致します。</translation>
    </message>
    <message>
        <source>Driver number; absent matches all.</source>
        <translation>ドライバー番号。指定なしはすべてに一致。</translation>
    </message>
    <message>
        <source>Restricts the rule to one driver; leave it out to match every major number.</source>
        <translation>ルールを 1 つのドライバーに限定します。すべてのメジャー番号に一致させるには省略してください。</translation>
    </message>
    <message>
        <source>Unit number; absent matches all.</source>
        <translation>ユニット番号。指定なしはすべてに一致。</translation>
    </message>
    <message>
        <source>Restricts the rule to one device of the driver; leave it out to match all of them.</source>
        <translation>ルールをドライバーの 1 つのデバイスに限定します。すべてに一致させるには省略してください。</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Letters r (read), w (write), m (mknod).</source>
        <translation>r（読み取り）、w（書き込み）、m（mknod）の文字。</translation>
    </message>
    <message>
        <source>Any combination of r, w and m; the rule applies to those operations only.</source>
        <translation>r、w、m の任意の組み合わせです。ルールはそれらの操作にのみ適用されます。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Memory cgroup limits.</source>
        <translation>メモリ cgroup の制限。</translation>
    </message>
    <message>
        <source>Caps on RAM and swap use of all processes in the container together, and how the kernel reacts when they are reached.</source>
        <translation>コンテナ内の全プロセスを合わせた RAM とスワップの使用量の上限と、それに達したときのカーネルの対応。</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Hard memory limit; -1 for unlimited.</source>
        <translation>メモリのハード制限。-1 で無制限。</translation>
    </message>
    <message>
        <source>The most memory the container may use; beyond it the kernel reclaims or kills. -1 removes the limit.</source>
        <translation>コンテナが使えるメモリの最大量です。それを超えると、カーネルはメモリを回収するか、プロセスを強制終了します。-1 で制限を解除します。</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Soft limit, enforced under memory pressure.</source>
        <translation>メモリ逼迫時に適用されるソフト制限。</translation>
    </message>
    <message>
        <source>When the host runs short of memory, the kernel pushes the container back towards this amount. It makes sense only below the limit.</source>
        <translation>ホストのメモリが不足すると、カーネルはコンテナの使用量をこの量まで押し戻します。制限より小さい値でのみ意味があります。</translation>
    </message>
    <message>
        <source>Memory plus swap</source>
        <translation>メモリとスワップの合計</translation>
    </message>
    <message>
        <source>Limit of memory and swap together; -1 for unlimited.</source>
        <translation>メモリとスワップを合わせた制限。-1 で無制限。</translation>
    </message>
    <message>
        <source>Counts RAM and swap together, so it must be at least the memory limit; equal values forbid swapping. -1 removes the limit.</source>
        <translation>RAM とスワップを合わせて数えるため、メモリ制限以上でなければなりません。同じ値にするとスワップが禁止されます。-1 で制限を解除します。</translation>
    </message>
    <message>
        <source>Kernel memory</source>
        <translation>カーネルメモリ</translation>
    </message>
    <message>
        <source>Deprecated: limit of kernel memory.</source>
        <translation>非推奨：カーネルメモリの制限。</translation>
    </message>
    <message>
        <source>A cgroup v1 limit on memory the kernel uses for the container. Recent kernels ignore it, and the specification advises against it.</source>
        <translation>カーネルがコンテナのために使うメモリに対する cgroup v1 の制限です。最近のカーネルはこれを無視し、仕様も使用を推奨していません。</translation>
    </message>
    <message>
        <source>Kernel TCP memory</source>
        <translation>カーネル TCP メモリ</translation>
    </message>
    <message>
        <source>Deprecated: limit of TCP buffer memory.</source>
        <translation>非推奨：TCP バッファメモリの制限。</translation>
    </message>
    <message>
        <source>A cgroup v1 limit on socket buffer memory. Not available with cgroup v2 and advised against by the specification.</source>
        <translation>ソケットバッファメモリに対する cgroup v1 の制限です。cgroup v2 では使えず、仕様も使用を推奨していません。</translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation>スワップ傾向</translation>
    </message>
    <message>
        <source>Tendency to swap, 0 to 100.</source>
        <translation>スワップする傾向。0～100。</translation>
    </message>
    <message>
        <source>Like the vm.swappiness sysctl, for this cgroup only: 0 avoids swapping, 100 swaps eagerly. Not available with cgroup v2.</source>
        <translation>vm.swappiness sysctl と同様ですが、この cgroup にのみ適用されます：0 はスワップを避け、100 は積極的にスワップします。cgroup v2 では使えません。</translation>
    </message>
    <message>
        <source>Disable OOM killer</source>
        <translation>OOM キラーを無効化</translation>
    </message>
    <message>
        <source>Pause instead of killing at the limit.</source>
        <translation>制限に達したときに強制終了せず一時停止します。</translation>
    </message>
    <message>
        <source>With true, processes that hit the memory limit wait for memory instead of being killed. Only cgroup v1 supports it.</source>
        <translation>true の場合、メモリ制限に達したプロセスは強制終了されず、メモリが空くのを待ちます。cgroup v1 でのみサポートされます。</translation>
    </message>
    <message>
        <source>Use hierarchy</source>
        <translation>階層の使用</translation>
    </message>
    <message>
        <source>Count child cgroups into this one (cgroup v1).</source>
        <translation>子 cgroup をこの cgroup に算入します（cgroup v1）。</translation>
    </message>
    <message>
        <source>Turns on hierarchical accounting in cgroup v1, so sub-cgroups are charged to the container&apos;s limits. cgroup v2 always does this.</source>
        <translation>cgroup v1 で階層的な計上を有効にし、サブ cgroup の使用量をコンテナの制限に計上します。cgroup v2 では常にこうなります。</translation>
    </message>
    <message>
        <source>Check before update</source>
        <translation>更新前に確認</translation>
    </message>
    <message>
        <source>Refuse to lower the limit below current usage.</source>
        <translation>現在の使用量より低い制限への変更を拒否します。</translation>
    </message>
    <message>
        <source>When the limit is changed on a running container, the runtime first compares it with the memory in use and fails instead of triggering the OOM killer.</source>
        <translation>実行中のコンテナで制限が変更されたとき、ランタイムはまず使用中のメモリと比較し、OOM キラーを発動させる代わりに失敗します。</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU time and placement.</source>
        <translation>CPU 時間と配置。</translation>
    </message>
    <message>
        <source>Relative weight, hard quota per period, real-time budget and the CPUs and memory nodes the container may use.</source>
        <translation>相対的な重み、周期あたりのハードクォータ、リアルタイムの割り当て、そしてコンテナが使える CPU とメモリノード。</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>シェア</translation>
    </message>
    <message>
        <source>Relative CPU weight (1024 is normal).</source>
        <translation>相対的な CPU の重み（1024 が標準）。</translation>
    </message>
    <message>
        <source>Only matters when CPUs are busy: a cgroup with twice the shares gets twice the time. Converted to a weight on cgroup v2.</source>
        <translation>CPU が混んでいるときにのみ意味を持ちます：シェアが 2 倍の cgroup は 2 倍の時間を得ます。cgroup v2 では重み（weight）に変換されます。</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>CPU time allowed per period; -1 for unlimited.</source>
        <translation>周期あたりに許可される CPU 時間。-1 で無制限。</translation>
    </message>
    <message>
        <source>All processes together may run this long in each period; quota 50000 with period 100000 means half a CPU.</source>
        <translation>全プロセスを合わせて、各周期にこの時間だけ実行できます。周期 100000 でクォータ 50000 なら CPU 半分に相当します。</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>バースト</translation>
    </message>
    <message>
        <source>Unused quota that may be saved up.</source>
        <translation>蓄えておける未使用のクォータ。</translation>
    </message>
    <message>
        <source>Lets the cgroup exceed its quota briefly using time it did not use before. It must not be larger than the quota.</source>
        <translation>以前に使わなかった時間を使って、cgroup が一時的にクォータを超えられるようにします。クォータより大きくしてはいけません。</translation>
    </message>
    <message>
        <source>Length of a quota period.</source>
        <translation>クォータの周期の長さ。</translation>
    </message>
    <message>
        <source>The interval after which the quota is refilled, 100000 (0.1 s) by default in the kernel.</source>
        <translation>クォータが補充される間隔です。カーネルのデフォルトは 100000（0.1 秒）です。</translation>
    </message>
    <message>
        <source>Real-time runtime</source>
        <translation>リアルタイム実行時間</translation>
    </message>
    <message>
        <source>Real-time CPU time per real-time period.</source>
        <translation>リアルタイム周期あたりのリアルタイム CPU 時間。</translation>
    </message>
    <message>
        <source>How long real-time tasks of the cgroup may run in each real-time period (cgroup v1 only).</source>
        <translation>cgroup のリアルタイムタスクが各リアルタイム周期に実行できる時間です（cgroup v1 のみ）。</translation>
    </message>
    <message>
        <source>Real-time period</source>
        <translation>リアルタイム周期</translation>
    </message>
    <message>
        <source>Period for the real-time budget.</source>
        <translation>リアルタイムの割り当ての周期。</translation>
    </message>
    <message>
        <source>The interval in which realtimeRuntime is granted (cgroup v1 only).</source>
        <translation>realtimeRuntime が与えられる間隔です（cgroup v1 のみ）。</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPUs the container may run on, e.g. 0-3,7.</source>
        <translation>コンテナが実行できる CPU。例：0-3,7。</translation>
    </message>
    <message>
        <source>A cpuset list: numbers and ranges separated by commas.</source>
        <translation>cpuset のリスト：カンマ区切りの番号と範囲です。</translation>
    </message>
    <message>
        <source>Memory nodes</source>
        <translation>メモリノード</translation>
    </message>
    <message>
        <source>NUMA nodes the container may allocate from.</source>
        <translation>コンテナがメモリを割り当てられる NUMA ノード。</translation>
    </message>
    <message>
        <source>A list of memory node numbers and ranges, like 0-1, relevant on NUMA machines.</source>
        <translation>0-1 のようなメモリノード番号と範囲のリストで、NUMA マシンで意味を持ちます。</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>1 makes the whole cgroup SCHED_IDLE.</source>
        <translation>1 にすると cgroup 全体が SCHED_IDLE になります。</translation>
    </message>
    <message>
        <source>With 1, the cgroup only gets CPU time nobody else wants; 0 keeps normal behaviour.</source>
        <translation>1 の場合、cgroup は他の誰も使わない CPU 時間だけを得ます。0 では通常の動作のままです。</translation>
    </message>
    <message>
        <source>Huge page limits</source>
        <translation>ヒュージページ制限</translation>
    </message>
    <message>
        <source>HugeTLB limits per page size.</source>
        <translation>ページサイズごとの HugeTLB 制限。</translation>
    </message>
    <message>
        <source>Caps the huge pages the container may reserve or use, separately for each page size.</source>
        <translation>コンテナが予約または使用できるヒュージページを、ページサイズごとに制限します。</translation>
    </message>
    <message>
        <source>Huge page limit</source>
        <translation>ヒュージページ制限</translation>
    </message>
    <message>
        <source>Limit for one page size.</source>
        <translation>1 つのページサイズの制限。</translation>
    </message>
    <message>
        <source>A page size and the number of bytes of such pages allowed.</source>
        <translation>ページサイズと、そのサイズのページに許可されるバイト数。</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>ページサイズ</translation>
    </message>
    <message>
        <source>Size with unit, e.g. 2MB or 1GB.</source>
        <translation>単位付きのサイズ。例：2MB、1GB。</translation>
    </message>
    <message>
        <source>A number followed by KB, MB or GB, matching a hugetlb control file of the kernel.</source>
        <translation>数値の後に KB、MB、GB のいずれかを付けたもので、カーネルの hugetlb 制御ファイルに対応します。</translation>
    </message>
    <message>
        <source>Bytes of huge pages of this size.</source>
        <translation>このサイズのヒュージページのバイト数。</translation>
    </message>
    <message>
        <source>The total size of huge pages of this size the container may reserve (or touch, on kernels without reservation accounting).</source>
        <translation>コンテナが予約できる（予約の計上がないカーネルでは、触れることのできる）このサイズのヒュージページの合計サイズです。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Traffic class and priorities (cgroup v1).</source>
        <translation>トラフィッククラスと優先度（cgroup v1）。</translation>
    </message>
    <message>
        <source>Tags the container&apos;s packets for traffic control and sets per-interface priorities, through the net_cls and net_prio controllers of cgroup v1.</source>
        <translation>cgroup v1 の net_cls および net_prio コントローラーを通じて、トラフィック制御のためにコンテナのパケットにタグを付け、インターフェースごとの優先度を設定します。</translation>
    </message>
    <message>
        <source>Class ID</source>
        <translation>クラス ID</translation>
    </message>
    <message>
        <source>net_cls class identifier.</source>
        <translation>net_cls のクラス識別子。</translation>
    </message>
    <message>
        <source>A tc class handle written as one number (major in the upper 16 bits) that packets of the container carry.</source>
        <translation>コンテナのパケットに付けられる tc のクラスハンドルで、1 つの数値として書きます（上位 16 ビットがメジャー）。</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Packet priority per interface.</source>
        <translation>インターフェースごとのパケット優先度。</translation>
    </message>
    <message>
        <source>For each named host interface, the priority given to traffic leaving through it.</source>
        <translation>指定した各ホストインターフェースについて、そこから出ていくトラフィックに与える優先度です。</translation>
    </message>
    <message>
        <source>Interface priority</source>
        <translation>インターフェースの優先度</translation>
    </message>
    <message>
        <source>Priority on one interface.</source>
        <translation>1 つのインターフェースでの優先度。</translation>
    </message>
    <message>
        <source>An interface name and a priority number.</source>
        <translation>インターフェース名と優先度の番号。</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>Interface name on the host.</source>
        <translation>ホスト上のインターフェース名。</translation>
    </message>
    <message>
        <source>Name of the network interface in the runtime&apos;s network namespace, e.g. eth0.</source>
        <translation>ランタイムのネットワーク名前空間でのネットワークインターフェースの名前です。例：eth0。</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Priority number.</source>
        <translation>優先度の番号。</translation>
    </message>
    <message>
        <source>The socket priority assigned to the container&apos;s traffic on that interface.</source>
        <translation>そのインターフェース上のコンテナのトラフィックに割り当てられるソケット優先度です。</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Limit on the number of tasks.</source>
        <translation>タスク数の制限。</translation>
    </message>
    <message>
        <source>Caps how many processes and threads can exist in the container, a simple defence against fork bombs.</source>
        <translation>コンテナ内に存在できるプロセスとスレッドの数を制限します。fork 爆弾に対する簡単な防御です。</translation>
    </message>
    <message>
        <source>Maximum tasks; -1 for no limit.</source>
        <translation>最大タスク数。-1 で制限なし。</translation>
    </message>
    <message>
        <source>The largest number of tasks the cgroup may hold. 0 is a real limit that forbids any new task; -1 removes the limit.</source>
        <translation>cgroup が保持できるタスクの最大数です。0 は新しいタスクをすべて禁止する実際の制限です。-1 で制限を解除します。</translation>
    </message>
    <message>
        <source>RDMA</source>
        <translation>RDMA</translation>
    </message>
    <message>
        <source>RDMA resource limits per device.</source>
        <translation>デバイスごとの RDMA リソース制限。</translation>
    </message>
    <message>
        <source>Keys are RDMA device names such as mlx5_1; the values limit the handles and objects the container may allocate on them.</source>
        <translation>キーは mlx5_1 などの RDMA デバイス名です。値は、コンテナがそのデバイス上で割り当てられるハンドルとオブジェクトを制限します。</translation>
    </message>
    <message>
        <source>RDMA device</source>
        <translation>RDMA デバイス</translation>
    </message>
    <message>
        <source>Limits for one RDMA device.</source>
        <translation>1 つの RDMA デバイスの制限。</translation>
    </message>
    <message>
        <source>At least one of the two limits has to be given.</source>
        <translation>2 つの制限のうち少なくとも 1 つを指定する必要があります。</translation>
    </message>
    <message>
        <source>HCA handles</source>
        <translation>HCA ハンドル</translation>
    </message>
    <message>
        <source>Cap on HCA handles for this device.</source>
        <translation>このデバイスの HCA ハンドルの上限。</translation>
    </message>
    <message>
        <source>How many host channel adapter handles the container may open on this device.</source>
        <translation>コンテナがこのデバイス上で開けるホストチャネルアダプターのハンドルの数です。</translation>
    </message>
    <message>
        <source>HCA objects</source>
        <translation>HCA オブジェクト</translation>
    </message>
    <message>
        <source>Cap on HCA objects for this device.</source>
        <translation>このデバイスの HCA オブジェクトの上限。</translation>
    </message>
    <message>
        <source>How many host channel adapter objects the container may create on this device.</source>
        <translation>コンテナがこのデバイス上で作成できるホストチャネルアダプターのオブジェクトの数です。</translation>
    </message>
    <message>
        <source>Unified (cgroup v2)</source>
        <translation>Unified（cgroup v2）</translation>
    </message>
    <message>
        <source>Raw cgroup v2 files and values.</source>
        <translation>cgroup v2 のファイルと値をそのまま指定。</translation>
    </message>
    <message>
        <source>Writes values straight to cgroup v2 interface files, e.g. memory.high, for settings the structured fields do not cover. The controllers involved must be available.</source>
        <translation>構造化されたフィールドでは扱えない設定のために、memory.high などの cgroup v2 インターフェースファイルに値を直接書き込みます。関係するコントローラーが利用可能でなければなりません。</translation>
    </message>
    <message>
        <source>cgroup file</source>
        <translation>cgroup ファイル</translation>
    </message>
    <message>
        <source>Value for one cgroup v2 file.</source>
        <translation>1 つの cgroup v2 ファイルの値。</translation>
    </message>
    <message>
        <source>The key names the file in the container&apos;s cgroup directory, the value is written to it as is.</source>
        <translation>キーはコンテナの cgroup ディレクトリ内のファイル名で、値はそのままそこに書き込まれます。</translation>
    </message>
    <message>
        <source>Block IO</source>
        <translation>ブロック I/O</translation>
    </message>
    <message>
        <source>Disk bandwidth weights and throttles.</source>
        <translation>ディスク帯域の重みとスロットリング。</translation>
    </message>
    <message>
        <source>Shares disk time between cgroups by weight and caps the bytes or operations per second on individual devices.</source>
        <translation>重みによって cgroup 間でディスク時間を分け合い、個々のデバイスについて 1 秒あたりのバイト数や操作数を制限します。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Default I/O weight on all devices.</source>
        <translation>すべてのデバイスでのデフォルトの I/O の重み。</translation>
    </message>
    <message>
        <source>The cgroup&apos;s share of disk time relative to its siblings, unless a device rule says otherwise.</source>
        <translation>デバイスごとのルールで別に指定されない限り、兄弟 cgroup に対するこの cgroup のディスク時間の取り分です。</translation>
    </message>
    <message>
        <source>Leaf weight</source>
        <translation>リーフの重み</translation>
    </message>
    <message>
        <source>Weight of the cgroup&apos;s own tasks against its children.</source>
        <translation>子に対する cgroup 自身のタスクの重み。</translation>
    </message>
    <message>
        <source>Used by the old CFQ scheduler to split disk time between the cgroup&apos;s own processes and its child cgroups.</source>
        <translation>旧 CFQ スケジューラーで、cgroup 自身のプロセスと子 cgroup の間でディスク時間を分けるのに使われます。</translation>
    </message>
    <message>
        <source>Per-device weights</source>
        <translation>デバイスごとの重み</translation>
    </message>
    <message>
        <source>Weights that differ per device.</source>
        <translation>デバイスごとに異なる重み。</translation>
    </message>
    <message>
        <source>Overrides the default weight for individual block devices.</source>
        <translation>個々のブロックデバイスについてデフォルトの重みを上書きします。</translation>
    </message>
    <message>
        <source>Device weight</source>
        <translation>デバイスの重み</translation>
    </message>
    <message>
        <source>Weight for one device.</source>
        <translation>1 つのデバイスの重み。</translation>
    </message>
    <message>
        <source>A device by numbers with its weight and/or leaf weight; at least one of the two is needed.</source>
        <translation>番号で指定したデバイスと、その重みやリーフの重みです。少なくともどちらか一方が必要です。</translation>
    </message>
    <message>
        <source>I/O weight on this device.</source>
        <translation>このデバイスでの I/O の重み。</translation>
    </message>
    <message>
        <source>The cgroup&apos;s share of this device&apos;s time.</source>
        <translation>このデバイスの時間に対する cgroup の取り分です。</translation>
    </message>
    <message>
        <source>Leaf weight on this device.</source>
        <translation>このデバイスでのリーフの重み。</translation>
    </message>
    <message>
        <source>The leaf weight for this device only (CFQ scheduler).</source>
        <translation>このデバイスだけに適用されるリーフの重みです（CFQ スケジューラー）。</translation>
    </message>
    <message>
        <source>Read bandwidth limits</source>
        <translation>読み取り帯域の制限</translation>
    </message>
    <message>
        <source>Maximum bytes per second read from a device.</source>
        <translation>デバイスから 1 秒あたりに読み取れる最大バイト数。</translation>
    </message>
    <message>
        <source>Write bandwidth limits</source>
        <translation>書き込み帯域の制限</translation>
    </message>
    <message>
        <source>Maximum bytes per second written to a device.</source>
        <translation>デバイスに 1 秒あたりに書き込める最大バイト数。</translation>
    </message>
    <message>
        <source>Read IOPS limits</source>
        <translation>読み取り IOPS の制限</translation>
    </message>
    <message>
        <source>Maximum read operations per second on a device.</source>
        <translation>デバイスでの 1 秒あたりの最大読み取り操作数。</translation>
    </message>
    <message>
        <source>Write IOPS limits</source>
        <translation>書き込み IOPS の制限</translation>
    </message>
    <message>
        <source>Maximum write operations per second on a device.</source>
        <translation>デバイスでの 1 秒あたりの最大書き込み操作数。</translation>
    </message>
    <message>
        <source>Hard caps per block device, applied no matter how idle the disk is.</source>
        <translation>ブロックデバイスごとのハードな上限で、ディスクがどれだけ空いていても適用されます。</translation>
    </message>
    <message>
        <source>Device limit</source>
        <translation>デバイスの制限</translation>
    </message>
    <message>
        <source>Limit for one device.</source>
        <translation>1 つのデバイスの制限。</translation>
    </message>
    <message>
        <source>A block device by major and minor number with its rate.</source>
        <translation>メジャー番号とマイナー番号で指定したブロックデバイスと、そのレート。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <source>Allowed rate on the device.</source>
        <translation>デバイスで許可されるレート。</translation>
    </message>
    <message>
        <source>The most the container may do per second on this device.</source>
        <translation>このデバイスでコンテナが 1 秒あたりに行える最大量です。</translation>
    </message>
    <message>
        <source>Driver number of the block device.</source>
        <translation>ブロックデバイスのドライバー番号。</translation>
    </message>
    <message>
        <source>Together with the minor number it names the disk, as shown by lsblk.</source>
        <translation>マイナー番号と合わせて、lsblk で表示されるディスクを指定します。</translation>
    </message>
    <message>
        <source>Unit number of the block device.</source>
        <translation>ブロックデバイスのユニット番号。</translation>
    </message>
    <message>
        <source>Together with the major number it names the disk or partition.</source>
        <translation>メジャー番号と合わせて、ディスクまたはパーティションを指定します。</translation>
    </message>
    <message>
        <source>Seccomp</source>
        <translation>Seccomp</translation>
    </message>
    <message>
        <source>System call filter.</source>
        <translation>システムコールのフィルター。</translation>
    </message>
    <message>
        <source>A filter the kernel applies to every system call of the container: a default action plus rules for particular calls and arguments. It shrinks the kernel surface a container can attack.</source>
        <translation>カーネルがコンテナのすべてのシステムコールに適用するフィルターです：デフォルトのアクションと、特定の呼び出しや引数に対するルールから成ります。コンテナが攻撃できるカーネルの範囲を狭めます。</translation>
    </message>
    <message>
        <source>Default action</source>
        <translation>デフォルトのアクション</translation>
    </message>
    <message>
        <source>What happens to calls no rule matches.</source>
        <translation>どのルールにも一致しない呼び出しの扱い。</translation>
    </message>
    <message>
        <source>Usually SCMP_ACT_ERRNO (fail the call) for an allowlist, or SCMP_ACT_ALLOW for a denylist.</source>
        <translation>許可リストでは通常 SCMP_ACT_ERRNO（呼び出しを失敗させる）、拒否リストでは SCMP_ACT_ALLOW です。</translation>
    </message>
    <message>
        <source>Default errno</source>
        <translation>デフォルトの errno</translation>
    </message>
    <message>
        <source>Error number returned by the default action.</source>
        <translation>デフォルトのアクションが返すエラー番号。</translation>
    </message>
    <message>
        <source>The errno a blocked call returns when the default action is SCMP_ACT_ERRNO or SCMP_ACT_TRACE; EPERM when absent.</source>
        <translation>デフォルトのアクションが SCMP_ACT_ERRNO または SCMP_ACT_TRACE のときに、ブロックされた呼び出しが返す errno です。指定しない場合は EPERM です。</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>System call ABIs the filter covers.</source>
        <translation>フィルターが対象とするシステムコールの ABI。</translation>
    </message>
    <message>
        <source>Lets the filter also handle calls made through secondary ABIs, e.g. 32-bit x86 programs on x86_64. Calls from other ABIs are killed.</source>
        <translation>x86_64 上の 32 ビット x86 プログラムなど、副次的な ABI を通じた呼び出しもフィルターで扱えるようにします。その他の ABI からの呼び出しは強制終了されます。</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>One SCMP_ARCH_* name.</source>
        <translation>1 つの SCMP_ARCH_* 名。</translation>
    </message>
    <message>
        <source>An architecture constant from libseccomp.</source>
        <translation>libseccomp のアーキテクチャ定数です。</translation>
    </message>
    <message>
        <source>Flags for loading the filter.</source>
        <translation>フィルターを読み込むときのフラグ。</translation>
    </message>
    <message>
        <source>Options passed to seccomp(2) when the filter is installed, such as logging or synchronising all threads.</source>
        <translation>フィルターの設定時に seccomp(2) に渡されるオプションです。ログ記録や全スレッドの同期などがあります。</translation>
    </message>
    <message>
        <source>One SECCOMP_FILTER_FLAG_* name.</source>
        <translation>1 つの SECCOMP_FILTER_FLAG_* 名。</translation>
    </message>
    <message>
        <source>A filter flag constant from seccomp(2).</source>
        <translation>seccomp(2) のフィルターフラグ定数です。</translation>
    </message>
    <message>
        <source>Listener socket</source>
        <translation>リスナーソケット</translation>
    </message>
    <message>
        <source>Unix socket of a seccomp agent.</source>
        <translation>seccomp エージェントの Unix ソケット。</translation>
    </message>
    <message>
        <source>Needed for SCMP_ACT_NOTIFY: the runtime sends the filter&apos;s notification file descriptor and the container state to the agent listening here.</source>
        <translation>SCMP_ACT_NOTIFY に必要です：ランタイムは、フィルターの通知用ファイル記述子とコンテナの状態を、ここで待ち受けているエージェントに送ります。</translation>
    </message>
    <message>
        <source>Listener metadata</source>
        <translation>リスナーメタデータ</translation>
    </message>
    <message>
        <source>Opaque text for the seccomp agent.</source>
        <translation>seccomp エージェント向けの不透明なテキスト。</translation>
    </message>
    <message>
        <source>Passed to the agent along with the file descriptor. Only allowed together with a listener socket.</source>
        <translation>ファイル記述子と一緒にエージェントに渡されます。リスナーソケットと一緒の場合にのみ指定できます。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Actions for particular system calls.</source>
        <translation>特定のシステムコールに対するアクション。</translation>
    </message>
    <message>
        <source>Each rule names system calls, optionally conditions on their arguments, and the action taken when they match.</source>
        <translation>各ルールはシステムコールと、必要に応じてその引数に対する条件、そして一致したときに取るアクションを指定します。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>One system call rule.</source>
        <translation>1 つのシステムコールルール。</translation>
    </message>
    <message>
        <source>Names, action, optional errno and argument conditions.</source>
        <translation>名前、アクション、任意の errno と引数の条件。</translation>
    </message>
    <message>
        <source>System calls</source>
        <translation>システムコール</translation>
    </message>
    <message>
        <source>Names of the calls, at least one.</source>
        <translation>呼び出しの名前（1 つ以上）。</translation>
    </message>
    <message>
        <source>System call names such as openat or clone; the rule applies to each of them.</source>
        <translation>openat や clone などのシステムコール名です。ルールはそれぞれに適用されます。</translation>
    </message>
    <message>
        <source>System call</source>
        <translation>システムコール</translation>
    </message>
    <message>
        <source>One system call name.</source>
        <translation>1 つのシステムコール名。</translation>
    </message>
    <message>
        <source>A name libseccomp knows; unknown names are skipped by most runtimes.</source>
        <translation>libseccomp が知っている名前です。不明な名前は、ほとんどのランタイムで読み飛ばされます。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>What happens when the rule matches.</source>
        <translation>ルールに一致したときの扱い。</translation>
    </message>
    <message>
        <source>Allow, log, fail with an errno, trap, notify an agent, or kill the thread or process.</source>
        <translation>許可、ログ記録、errno で失敗、トラップ、エージェントへの通知、またはスレッドやプロセスの強制終了。</translation>
    </message>
    <message>
        <source>Errno</source>
        <translation>errno</translation>
    </message>
    <message>
        <source>Error number for SCMP_ACT_ERRNO or SCMP_ACT_TRACE.</source>
        <translation>SCMP_ACT_ERRNO または SCMP_ACT_TRACE のエラー番号。</translation>
    </message>
    <message>
        <source>The error the call returns; only meaningful for actions that return an error.</source>
        <translation>呼び出しが返すエラーです。エラーを返すアクションでのみ意味を持ちます。</translation>
    </message>
    <message>
        <source>Argument conditions</source>
        <translation>引数の条件</translation>
    </message>
    <message>
        <source>Conditions on the call&apos;s arguments.</source>
        <translation>呼び出しの引数に対する条件。</translation>
    </message>
    <message>
        <source>The rule matches only when all conditions hold, e.g. only clone calls without CLONE_NEWUSER.</source>
        <translation>すべての条件が成り立つ場合にのみルールが一致します。例：CLONE_NEWUSER を伴わない clone 呼び出しだけ。</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Compare one argument.</source>
        <translation>1 つの引数を比較します。</translation>
    </message>
    <message>
        <source>Compares the argument at index with value using op.</source>
        <translation>index の位置にある引数を、op を使って value と比較します。</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>Argument position, from 0.</source>
        <translation>引数の位置（0 から）。</translation>
    </message>
    <message>
        <source>Which argument to look at; system calls have at most six.</source>
        <translation>どの引数を調べるかです。システムコールの引数は最大 6 個です。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Value to compare with.</source>
        <translation>比較する値。</translation>
    </message>
    <message>
        <source>The right-hand side of the comparison; for SCMP_CMP_MASKED_EQ the mask.</source>
        <translation>比較の右辺です。SCMP_CMP_MASKED_EQ ではマスクになります。</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>2 番目の値</translation>
    </message>
    <message>
        <source>Expected value for SCMP_CMP_MASKED_EQ.</source>
        <translation>SCMP_CMP_MASKED_EQ で期待する値。</translation>
    </message>
    <message>
        <source>With SCMP_CMP_MASKED_EQ the argument, masked with value, must equal this.</source>
        <translation>SCMP_CMP_MASKED_EQ では、引数を value でマスクした結果がこの値と等しくなければなりません。</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>演算子</translation>
    </message>
    <message>
        <source>Comparison operator.</source>
        <translation>比較演算子。</translation>
    </message>
    <message>
        <source>Equal, not equal, less or greater (or equal), or equal after masking.</source>
        <translation>等しい、等しくない、より小さい・より大きい（または等しい）、またはマスク後に等しい。</translation>
    </message>
    <message>
        <source>Rootfs propagation</source>
        <translation>ルートファイルシステムの伝播</translation>
    </message>
    <message>
        <source>Mount propagation of the root filesystem.</source>
        <translation>ルートファイルシステムのマウント伝播。</translation>
    </message>
    <message>
        <source>Decides whether mounts made on the host show up in the container (slave), travel both ways (shared), stay apart (private) or whether the root cannot even be bind-mounted (unbindable).</source>
        <translation>ホストで行ったマウントがコンテナに現れるか（slave）、双方向に伝わるか（shared）、分離されたままか（private）、それともルートをバインドマウントすることすらできないか（unbindable）を決めます。</translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation>マスクするパス</translation>
    </message>
    <message>
        <source>Paths made unreadable in the container.</source>
        <translation>コンテナ内で読めなくするパス。</translation>
    </message>
    <message>
        <source>Each path is covered (with /dev/null or an empty read-only tmpfs) so the container cannot read it; typical for sensitive files under /proc and /sys.</source>
        <translation>各パスは（/dev/null または空の読み取り専用 tmpfs で）覆われ、コンテナから読めなくなります。/proc や /sys 以下の機密性の高いファイルによく使われます。</translation>
    </message>
    <message>
        <source>Masked path</source>
        <translation>マスクするパス</translation>
    </message>
    <message>
        <source>Absolute path inside the container.</source>
        <translation>コンテナ内の絶対パス。</translation>
    </message>
    <message>
        <source>A file or directory to hide, e.g. /proc/kcore.</source>
        <translation>隠すファイルまたはディレクトリです。例：/proc/kcore。</translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation>読み取り専用パス</translation>
    </message>
    <message>
        <source>Paths made read-only in the container.</source>
        <translation>コンテナ内で読み取り専用にするパス。</translation>
    </message>
    <message>
        <source>Each path is bind-mounted onto itself read-only, e.g. /proc/sys, so the container can look but not change.</source>
        <translation>各パスは自身の上に読み取り専用でバインドマウントされます（例：/proc/sys）。コンテナは見ることはできても変更はできません。</translation>
    </message>
    <message>
        <source>Read-only path</source>
        <translation>読み取り専用パス</translation>
    </message>
    <message>
        <source>A file or directory to protect from writes.</source>
        <translation>書き込みから保護するファイルまたはディレクトリ。</translation>
    </message>
    <message>
        <source>Mount label</source>
        <translation>マウントラベル</translation>
    </message>
    <message>
        <source>SELinux context for the container&apos;s mounts.</source>
        <translation>コンテナのマウントの SELinux コンテキスト。</translation>
    </message>
    <message>
        <source>The SELinux label given to files of the mounts the runtime creates; only used on hosts with SELinux.</source>
        <translation>ランタイムが作成するマウントのファイルに付けられる SELinux ラベルです。SELinux のあるホストでのみ使われます。</translation>
    </message>
    <message>
        <source>Intel RDT</source>
        <translation>Intel RDT</translation>
    </message>
    <message>
        <source>Cache and memory bandwidth allocation.</source>
        <translation>キャッシュとメモリ帯域の割り当て。</translation>
    </message>
    <message>
        <source>Places the container in a resctrl class of service, which partitions the last-level cache and memory bandwidth on Intel (and compatible) CPUs.</source>
        <translation>コンテナを resctrl のサービスクラスに入れます。これは Intel（および互換）CPU で、ラストレベルキャッシュとメモリ帯域を分割するものです。</translation>
    </message>
    <message>
        <source>Class of service</source>
        <translation>サービスクラス</translation>
    </message>
    <message>
        <source>resctrl group name; / is the default group.</source>
        <translation>resctrl グループ名。/ はデフォルトのグループ。</translation>
    </message>
    <message>
        <source>Names the resctrl directory the container joins, so several containers can share one class. Without it the container ID is used.</source>
        <translation>コンテナが参加する resctrl ディレクトリを指定し、複数のコンテナで 1 つのクラスを共有できるようにします。指定しない場合はコンテナ ID が使われます。</translation>
    </message>
    <message>
        <source>L3 cache schema</source>
        <translation>L3 キャッシュのスキーマ</translation>
    </message>
    <message>
        <source>Cache allocation, e.g. L3:0=ffff0.</source>
        <translation>キャッシュの割り当て。例：L3:0=ffff0。</translation>
    </message>
    <message>
        <source>One schemata line giving, per cache ID, the bit mask of L3 cache ways the container may fill.</source>
        <translation>キャッシュ ID ごとに、コンテナが埋めてよい L3 キャッシュウェイのビットマスクを指定する schemata の 1 行です。</translation>
    </message>
    <message>
        <source>Memory bandwidth schema</source>
        <translation>メモリ帯域のスキーマ</translation>
    </message>
    <message>
        <source>Bandwidth allocation, e.g. MB:0=20.</source>
        <translation>帯域の割り当て。例：MB:0=20。</translation>
    </message>
    <message>
        <source>One schemata line starting with MB: that gives, per cache ID, the share of memory bandwidth.</source>
        <translation>MB: で始まる schemata の 1 行で、キャッシュ ID ごとにメモリ帯域の割合を指定します。</translation>
    </message>
    <message>
        <source>Schemata</source>
        <translation>schemata</translation>
    </message>
    <message>
        <source>Free-form schemata lines.</source>
        <translation>自由形式の schemata 行。</translation>
    </message>
    <message>
        <source>Lines written to the resctrl schemata file after the two schema fields, for any resource the kernel supports.</source>
        <translation>2 つのスキーマフィールドの後に resctrl の schemata ファイルに書き込まれる行で、カーネルがサポートする任意のリソースに使えます。</translation>
    </message>
    <message>
        <source>Schemata line</source>
        <translation>schemata 行</translation>
    </message>
    <message>
        <source>One line, without newline.</source>
        <translation>改行を含まない 1 行。</translation>
    </message>
    <message>
        <source>A single resource allocation line.</source>
        <translation>単一のリソース割り当て行です。</translation>
    </message>
    <message>
        <source>Enable monitoring</source>
        <translation>監視を有効化</translation>
    </message>
    <message>
        <source>Create a resctrl monitoring group.</source>
        <translation>resctrl の監視グループを作成します。</translation>
    </message>
    <message>
        <source>Gives the container its own monitoring group so cache occupancy and bandwidth can be measured for it alone.</source>
        <translation>コンテナ専用の監視グループを与え、そのコンテナだけのキャッシュ占有量と帯域を測定できるようにします。</translation>
    </message>
    <message>
        <source>Enable CMT (removed)</source>
        <translation>CMT を有効化（削除済み）</translation>
    </message>
    <message>
        <source>Cache monitoring; replaced by enableMonitoring in 1.3.0.</source>
        <translation>キャッシュの監視。1.3.0 で enableMonitoring に置き換えられました。</translation>
    </message>
    <message>
        <source>Asked for cache occupancy monitoring in versions 1.1.0 to 1.2.1. Use enableMonitoring instead.</source>
        <translation>バージョン 1.1.0～1.2.1 でキャッシュ占有量の監視を要求するものでした。代わりに enableMonitoring を使ってください。</translation>
    </message>
    <message>
        <source>Enable MBM (removed)</source>
        <translation>MBM を有効化（削除済み）</translation>
    </message>
    <message>
        <source>Bandwidth monitoring; replaced by enableMonitoring in 1.3.0.</source>
        <translation>帯域の監視。1.3.0 で enableMonitoring に置き換えられました。</translation>
    </message>
    <message>
        <source>Asked for memory bandwidth monitoring in versions 1.1.0 to 1.2.1. Use enableMonitoring instead.</source>
        <translation>バージョン 1.1.0～1.2.1 でメモリ帯域の監視を要求するものでした。代わりに enableMonitoring を使ってください。</translation>
    </message>
    <message>
        <source>Memory policy</source>
        <translation>メモリポリシー</translation>
    </message>
    <message>
        <source>NUMA placement of the container&apos;s memory.</source>
        <translation>コンテナのメモリの NUMA 配置。</translation>
    </message>
    <message>
        <source>Applied with set_mempolicy: decides from which NUMA nodes the container&apos;s memory is allocated.</source>
        <translation>set_mempolicy で適用され、コンテナのメモリをどの NUMA ノードから割り当てるかを決めます。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>How nodes are chosen, e.g. MPOL_BIND.</source>
        <translation>ノードの選び方。例：MPOL_BIND。</translation>
    </message>
    <message>
        <source>BIND restricts to the nodes, INTERLEAVE spreads over them, PREFERRED tries them first, LOCAL uses the node the task runs on, DEFAULT falls back to the system policy.</source>
        <translation>BIND はそのノードに限定し、INTERLEAVE はノード間に分散し、PREFERRED はそのノードを最初に試し、LOCAL はタスクが実行されているノードを使い、DEFAULT はシステムのポリシーに従います。</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>NUMA nodes, e.g. 0-1,3.</source>
        <translation>NUMA ノード。例：0-1,3。</translation>
    </message>
    <message>
        <source>The node list the mode works on. MPOL_DEFAULT and MPOL_LOCAL take none; BIND and the interleave modes need at least one.</source>
        <translation>モードが対象とするノードの一覧です。MPOL_DEFAULT と MPOL_LOCAL はノードを取りません。BIND とインターリーブ系のモードには少なくとも 1 つ必要です。</translation>
    </message>
    <message>
        <source>Mode flags for set_mempolicy.</source>
        <translation>set_mempolicy のモードフラグ。</translation>
    </message>
    <message>
        <source>Refine how node numbers are read (static or relative) or enable NUMA balancing.</source>
        <translation>ノード番号の解釈（静的または相対）を調整したり、NUMA バランシングを有効にしたりします。</translation>
    </message>
    <message>
        <source>One MPOL_F_* flag.</source>
        <translation>1 つの MPOL_F_* フラグ。</translation>
    </message>
    <message>
        <source>A flag constant from set_mempolicy(2).</source>
        <translation>set_mempolicy(2) のフラグ定数です。</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>パーソナリティ</translation>
    </message>
    <message>
        <source>Execution domain, e.g. pretend to be 32-bit.</source>
        <translation>実行ドメイン。例：32 ビットのふりをする。</translation>
    </message>
    <message>
        <source>Sets the process personality with personality(2); LINUX32 makes uname report a 32-bit machine, useful for old 32-bit build environments.</source>
        <translation>personality(2) でプロセスのパーソナリティを設定します。LINUX32 にすると uname が 32 ビットのマシンを報告するため、古い 32 ビットのビルド環境に便利です。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>LINUX or LINUX32.</source>
        <translation>LINUX または LINUX32。</translation>
    </message>
    <message>
        <source>LINUX is the normal domain; LINUX32 makes uname claim a 32-bit machine.</source>
        <translation>LINUX は通常のドメインです。LINUX32 にすると uname が 32 ビットのマシンだと報告します。</translation>
    </message>
    <message>
        <source>Extra personality flags (none defined yet).</source>
        <translation>追加のパーソナリティフラグ（まだ定義されていません）。</translation>
    </message>
    <message>
        <source>Reserved for further personality bits; the specification does not define any values yet.</source>
        <translation>今後のパーソナリティビットのために予約されています。仕様ではまだ値が定義されていません。</translation>
    </message>
    <message>
        <source>One personality flag.</source>
        <translation>1 つのパーソナリティフラグ。</translation>
    </message>
    <message>
        <source>A personality flag name.</source>
        <translation>パーソナリティフラグの名前です。</translation>
    </message>
    <message>
        <source>Settings for Windows containers.</source>
        <translation>Windows コンテナの設定。</translation>
    </message>
    <message>
        <source>Image layers, devices, resource limits, networking and isolation for containers that the Windows Host Compute Service runs. A configuration meant for Windows must contain this section.</source>
        <translation>Windows Host Compute Service が実行するコンテナの、イメージレイヤー、デバイス、リソース制限、ネットワーク、分離です。Windows 向けの構成にはこのセクションが必要です。</translation>
    </message>
    <message>
        <source>Layer folders</source>
        <translation>レイヤーフォルダー</translation>
    </message>
    <message>
        <source>Image layers from the top down, the scratch folder last.</source>
        <translation>上から順のイメージレイヤーと、最後にスクラッチフォルダー。</translation>
    </message>
    <message>
        <source>The host folders of the image&apos;s layers, ordered from the topmost layer to the base layer, followed by the writable scratch folder. The list needs at least one entry.</source>
        <translation>イメージのレイヤーのホスト上のフォルダーで、最上位のレイヤーからベースレイヤーの順に並べ、最後に書き込み可能なスクラッチフォルダーを置きます。少なくとも 1 つのエントリが必要です。</translation>
    </message>
    <message>
        <source>Layer folder</source>
        <translation>レイヤーフォルダー</translation>
    </message>
    <message>
        <source>One folder on the host, e.g. C:\layers\base.</source>
        <translation>ホスト上の 1 つのフォルダー。例：C:\layers\base。</translation>
    </message>
    <message>
        <source>A directory holding one layer of the image; the last entry of the list is the container&apos;s scratch folder instead.</source>
        <translation>イメージの 1 つのレイヤーを収めたディレクトリです。ただし一覧の最後のエントリは、コンテナのスクラッチフォルダーです。</translation>
    </message>
    <message>
        <source>Host devices the container must be able to use.</source>
        <translation>コンテナが使えなければならないホストのデバイス。</translation>
    </message>
    <message>
        <source>Each entry names devices of the host, for example a graphics adapter, that the runtime has to expose inside the container.</source>
        <translation>各エントリは、ランタイムがコンテナ内に公開すべきホストのデバイス（たとえばグラフィックアダプター）を指定します。</translation>
    </message>
    <message>
        <source>One device, by identifier.</source>
        <translation>識別子で指定する 1 つのデバイス。</translation>
    </message>
    <message>
        <source>An identifier and the kind of identifier it is; together they say which host devices to pass in.</source>
        <translation>識別子とその識別子の種類です。この 2 つで、どのホストデバイスを渡すかを指定します。</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>デバイス ID</translation>
    </message>
    <message>
        <source>Which device, e.g. an interface class GUID.</source>
        <translation>どのデバイスか。例：インターフェースクラスの GUID。</translation>
    </message>
    <message>
        <source>Read according to idType. With the type class it is a device interface class GUID, and the devices of that class become available in the container.</source>
        <translation>idType に従って解釈されます。種類が class の場合はデバイスインターフェースクラスの GUID で、そのクラスのデバイスがコンテナ内で使えるようになります。</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID の種類</translation>
    </message>
    <message>
        <source>How to read the ID; only class is defined.</source>
        <translation>ID の解釈方法。定義されているのは class だけです。</translation>
    </message>
    <message>
        <source>The value class marks the ID as a device interface class GUID. Windows defines no other kind of ID so far.</source>
        <translation>値 class は、ID がデバイスインターフェースクラスの GUID であることを示します。Windows では今のところ他の種類の ID は定義されていません。</translation>
    </message>
    <message>
        <source>Memory, CPU and storage limits.</source>
        <translation>メモリ、CPU、ストレージの制限。</translation>
    </message>
    <message>
        <source>Limits that the Host Compute Service enforces on the container as a whole.</source>
        <translation>Host Compute Service がコンテナ全体に対して適用する制限です。</translation>
    </message>
    <message>
        <source>Memory limit of the container.</source>
        <translation>コンテナのメモリ制限。</translation>
    </message>
    <message>
        <source>Caps the memory the container may use; without it the container may use what the host has.</source>
        <translation>コンテナが使えるメモリを制限します。指定しない場合、コンテナはホストにあるメモリを使えます。</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>メモリ制限</translation>
    </message>
    <message>
        <source>Most memory the container may use, in bytes.</source>
        <translation>コンテナが使える最大メモリ（バイト）。</translation>
    </message>
    <message>
        <source>The upper bound for the memory of all the container&apos;s processes together, in bytes.</source>
        <translation>コンテナの全プロセスを合わせたメモリの上限（バイト）です。</translation>
    </message>
    <message>
        <source>Processor limit: count, shares or maximum.</source>
        <translation>プロセッサの制限：数、シェア、または最大値。</translation>
    </message>
    <message>
        <source>Count, shares and maximum are three different ways to cap processor time, so give at most one of them. Affinity may be added to any of them.</source>
        <translation>数、シェア、最大値はプロセッサ時間を制限する 3 つの異なる方法なので、指定するのはいずれか 1 つまでにしてください。アフィニティはどれにでも追加できます。</translation>
    </message>
    <message>
        <source>CPU count</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <source>Number of processors the container sees.</source>
        <translation>コンテナから見えるプロセッサの数。</translation>
    </message>
    <message>
        <source>How many processors the container may use. Measured against the host&apos;s processors, it also sets the share of processor cycles the container gets.</source>
        <translation>コンテナが使えるプロセッサの数です。ホストのプロセッサ数と比べて、コンテナが得るプロセッササイクルの割合も決まります。</translation>
    </message>
    <message>
        <source>CPU shares</source>
        <translation>CPU シェア</translation>
    </message>
    <message>
        <source>Relative weight, 0 to 10000.</source>
        <translation>相対的な重み。0～10000。</translation>
    </message>
    <message>
        <source>The container&apos;s weight against other work on the same processors, which Windows calls the CPU weight; it only matters when the processors are busy.</source>
        <translation>同じプロセッサ上の他の処理に対するコンテナの重みで、Windows では CPU の重みと呼ばれます。プロセッサが混んでいるときにのみ意味を持ちます。</translation>
    </message>
    <message>
        <source>CPU maximum</source>
        <translation>CPU の最大値</translation>
    </message>
    <message>
        <source>Cycles out of every 10000, i.e. percent times 100.</source>
        <translation>10000 サイクルあたりのサイクル数。つまりパーセントの 100 倍。</translation>
    </message>
    <message>
        <source>A hard cap on processor time: the container gets at most this many of every 10000 cycles, so 5000 means half of the processor time.</source>
        <translation>プロセッサ時間のハードな上限です：コンテナは 10000 サイクルごとに最大この数のサイクルを得るので、5000 はプロセッサ時間の半分を意味します。</translation>
    </message>
    <message>
        <source>CPU affinity</source>
        <translation>CPU アフィニティ</translation>
    </message>
    <message>
        <source>Processors the container may run on, per processor group.</source>
        <translation>プロセッサグループごとの、コンテナが実行できるプロセッサ。</translation>
    </message>
    <message>
        <source>A list of mask and group pairs, one per processor group, as the specification text and the Go types of runtimes have it. The 1.3.0 JSON schema describes a single pair instead, which those runtimes cannot read.</source>
        <translation>マスクとグループの組のリストで、プロセッサグループごとに 1 つです。仕様の本文とランタイムの Go の型ではこの形です。1.3.0 の JSON スキーマは代わりに単一の組を記述していますが、それらのランタイムはそれを読めません。</translation>
    </message>
    <message>
        <source>Group affinity</source>
        <translation>グループのアフィニティ</translation>
    </message>
    <message>
        <source>Allowed processors of one processor group.</source>
        <translation>1 つのプロセッサグループで許可するプロセッサ。</translation>
    </message>
    <message>
        <source>Windows numbers processors in groups of up to 64; this entry picks processors of one group by bit mask.</source>
        <translation>Windows は最大 64 個ずつのグループでプロセッサに番号を付けます。このエントリはビットマスクで 1 つのグループのプロセッサを選びます。</translation>
    </message>
    <message>
        <source>Processor mask</source>
        <translation>プロセッサマスク</translation>
    </message>
    <message>
        <source>Bit mask of processors within the group.</source>
        <translation>グループ内のプロセッサのビットマスク。</translation>
    </message>
    <message>
        <source>Bit n allows processor n of the group, so 3 allows the first two. Like every JSON number the mask is written in decimal.</source>
        <translation>ビット n がグループのプロセッサ n を許可するので、3 は最初の 2 つを許可します。他の JSON の数値と同じく、マスクは 10 進数で書きます。</translation>
    </message>
    <message>
        <source>Processor group</source>
        <translation>プロセッサグループ</translation>
    </message>
    <message>
        <source>Number of the processor group the mask refers to.</source>
        <translation>マスクが参照するプロセッサグループの番号。</translation>
    </message>
    <message>
        <source>Group numbers as Windows reports them; hosts with at most 64 logical processors only have group 0.</source>
        <translation>Windows が報告するグループ番号です。論理プロセッサが 64 個以下のホストにはグループ 0 しかありません。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Limits for the container&apos;s system drive.</source>
        <translation>コンテナのシステムドライブの制限。</translation>
    </message>
    <message>
        <source>Throttles input and output on the container&apos;s system drive and sets its minimum size.</source>
        <translation>コンテナのシステムドライブの入出力を制限し、最小サイズを設定します。</translation>
    </message>
    <message>
        <source>IOPS limit</source>
        <translation>IOPS の制限</translation>
    </message>
    <message>
        <source>Most I/O operations per second on the system drive.</source>
        <translation>システムドライブでの 1 秒あたりの最大 I/O 操作数。</translation>
    </message>
    <message>
        <source>Caps how many read and write operations the container may issue per second to its system drive.</source>
        <translation>コンテナがシステムドライブに対して 1 秒あたりに発行できる読み取り・書き込み操作の数を制限します。</translation>
    </message>
    <message>
        <source>Bandwidth limit</source>
        <translation>帯域の制限</translation>
    </message>
    <message>
        <source>Most bytes per second on the system drive.</source>
        <translation>システムドライブでの 1 秒あたりの最大バイト数。</translation>
    </message>
    <message>
        <source>Caps how many bytes per second the container may read from and write to its system drive.</source>
        <translation>コンテナがシステムドライブに対して 1 秒あたりに読み書きできるバイト数を制限します。</translation>
    </message>
    <message>
        <source>Sandbox size</source>
        <translation>サンドボックスのサイズ</translation>
    </message>
    <message>
        <source>Minimum size of the system drive, in bytes.</source>
        <translation>システムドライブの最小サイズ（バイト）。</translation>
    </message>
    <message>
        <source>The system drive (the sandbox on top of the image layers) is made at least this large.</source>
        <translation>システムドライブ（イメージレイヤーの上にあるサンドボックス）は、少なくともこの大きさで作成されます。</translation>
    </message>
    <message>
        <source>Endpoints and name resolution of the container.</source>
        <translation>コンテナのエンドポイントと名前解決。</translation>
    </message>
    <message>
        <source>Connects the container to Host Network Service endpoints or to another container&apos;s network, and sets how it resolves names.</source>
        <translation>コンテナを Host Network Service のエンドポイントや別のコンテナのネットワークに接続し、名前解決の方法を設定します。</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>HNS endpoints to connect the container to.</source>
        <translation>コンテナを接続する HNS エンドポイント。</translation>
    </message>
    <message>
        <source>IDs of network endpoints created with the Host Network Service; the container gets one network adapter for each.</source>
        <translation>Host Network Service で作成されたネットワークエンドポイントの ID です。コンテナはそれぞれについて 1 つのネットワークアダプターを得ます。</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>ID of one HNS endpoint.</source>
        <translation>1 つの HNS エンドポイントの ID。</translation>
    </message>
    <message>
        <source>The GUID of an endpoint as the Host Network Service reports it.</source>
        <translation>Host Network Service が報告するエンドポイントの GUID です。</translation>
    </message>
    <message>
        <source>Allow unqualified DNS queries</source>
        <translation>修飾されていない DNS クエリを許可</translation>
    </message>
    <message>
        <source>Resolve single-label names such as &quot;db&quot;.</source>
        <translation>「db」のような単一ラベルの名前を解決します。</translation>
    </message>
    <message>
        <source>When true, names without a domain part may be looked up, completed with the DNS search list.</source>
        <translation>true の場合、ドメイン部分のない名前も DNS 検索リストで補完して検索できます。</translation>
    </message>
    <message>
        <source>DNS search list</source>
        <translation>DNS 検索リスト</translation>
    </message>
    <message>
        <source>Domain suffixes tried when resolving names.</source>
        <translation>名前解決の際に試すドメインサフィックス。</translation>
    </message>
    <message>
        <source>Suffixes such as example.com that are appended in turn to a name that is not fully qualified.</source>
        <translation>完全修飾されていない名前に順に付け加えられる example.com などのサフィックスです。</translation>
    </message>
    <message>
        <source>DNS suffix</source>
        <translation>DNS サフィックス</translation>
    </message>
    <message>
        <source>One domain suffix.</source>
        <translation>1 つのドメインサフィックス。</translation>
    </message>
    <message>
        <source>A domain name to try as the ending of short names.</source>
        <translation>短い名前の末尾として試すドメイン名です。</translation>
    </message>
    <message>
        <source>Share network of container</source>
        <translation>ネットワークを共有するコンテナ</translation>
    </message>
    <message>
        <source>Name or ID of a container whose network to join.</source>
        <translation>ネットワークに参加するコンテナの名前または ID。</translation>
    </message>
    <message>
        <source>The container uses the network stack of the named container instead of getting its own, as the containers of one pod do.</source>
        <translation>コンテナは、独自のネットワークスタックを得る代わりに、指定したコンテナのネットワークスタックを使います。1 つの Pod のコンテナと同じです。</translation>
    </message>
    <message>
        <source>Network namespace</source>
        <translation>ネットワーク名前空間</translation>
    </message>
    <message>
        <source>ID of an HNS network namespace to join.</source>
        <translation>参加する HNS ネットワーク名前空間の ID。</translation>
    </message>
    <message>
        <source>Puts the container into an existing Host Network Service namespace, which brings its own endpoints. When it is given, the other network settings should be left out.</source>
        <translation>コンテナを既存の Host Network Service 名前空間に入れます。その名前空間は独自のエンドポイントを持ちます。これを指定する場合、他のネットワーク設定は省略してください。</translation>
    </message>
    <message>
        <source>Credential spec</source>
        <translation>資格情報仕様</translation>
    </message>
    <message>
        <source>Group Managed Service Account of the container.</source>
        <translation>コンテナのグループ管理サービスアカウント。</translation>
    </message>
    <message>
        <source>Lets the container act in an Active Directory domain under a gMSA. The content is the credential spec document of Windows tooling; its members are up to the runtime and are not checked.</source>
        <translation>コンテナが gMSA として Active Directory ドメインで動作できるようにします。内容は Windows のツールが扱う資格情報仕様（credential spec）ドキュメントで、そのメンバーはランタイム次第であり、チェックされません。</translation>
    </message>
    <message>
        <source>Servicing</source>
        <translation>サービス処理</translation>
    </message>
    <message>
        <source>Start only to apply pending Windows updates.</source>
        <translation>保留中の Windows 更新を適用するためだけに起動します。</translation>
    </message>
    <message>
        <source>When the Host Compute Service has reported a pending update servicing operation, true starts the container in the mode that applies it.</source>
        <translation>Host Compute Service が保留中の更新のサービス処理を報告している場合、true にするとそれを適用するモードでコンテナを起動します。</translation>
    </message>
    <message>
        <source>Ignore flushes during boot</source>
        <translation>起動中のフラッシュを無視</translation>
    </message>
    <message>
        <source>Skip disk flushes while the container boots.</source>
        <translation>コンテナの起動中はディスクのフラッシュを省略します。</translation>
    </message>
    <message>
        <source>Trades safety for start-up speed: data written while the container boots is not flushed to disk.</source>
        <translation>安全性と引き換えに起動を速くします：コンテナの起動中に書き込まれたデータはディスクにフラッシュされません。</translation>
    </message>
    <message>
        <source>Hyper-V isolation</source>
        <translation>Hyper-V 分離</translation>
    </message>
    <message>
        <source>Run the container in a lightweight virtual machine.</source>
        <translation>軽量な仮想マシンでコンテナを実行します。</translation>
    </message>
    <message>
        <source>Present, even empty, it asks for Hyper-V isolation: the container gets a kernel of its own in a utility VM. Absent, the container is a Windows Server container sharing the host&apos;s kernel.</source>
        <translation>空であっても存在すれば Hyper-V 分離を要求します：コンテナはユーティリティ VM 内で独自のカーネルを得ます。存在しなければ、コンテナはホストのカーネルを共有する Windows Server コンテナです。</translation>
    </message>
    <message>
        <source>Utility VM image</source>
        <translation>ユーティリティ VM イメージ</translation>
    </message>
    <message>
        <source>Folder of the utility VM image to boot.</source>
        <translation>起動するユーティリティ VM イメージのフォルダー。</translation>
    </message>
    <message>
        <source>Needed when the base image brings no utility VM. Without it the runtime looks for a UtilityVM folder in the layers, from the base layer upwards.</source>
        <translation>ベースイメージがユーティリティ VM を含まない場合に必要です。指定しない場合、ランタイムはベースレイヤーから上に向かってレイヤー内の UtilityVM フォルダーを探します。</translation>
    </message>
    <message>
        <source>Hypervisor, kernel and image for VM-based runtimes.</source>
        <translation>VM ベースのランタイム向けのハイパーバイザー、カーネル、イメージ。</translation>
    </message>
    <message>
        <source>For runtimes that start each container in a virtual machine of its own: which hypervisor to use, which kernel to boot and which disk image holds the machine&apos;s root filesystem.</source>
        <translation>各コンテナを専用の仮想マシンで起動するランタイム向けです：どのハイパーバイザーを使うか、どのカーネルを起動するか、どのディスクイメージにマシンのルートファイルシステムがあるかを指定します。</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>ハイパーバイザー</translation>
    </message>
    <message>
        <source>Program that runs the virtual machine.</source>
        <translation>仮想マシンを実行するプログラム。</translation>
    </message>
    <message>
        <source>The virtual machine monitor, such as QEMU or Cloud Hypervisor, and the arguments it is started with.</source>
        <translation>QEMU や Cloud Hypervisor などの仮想マシンモニターと、その起動時の引数です。</translation>
    </message>
    <message>
        <source>Hypervisor path</source>
        <translation>ハイパーバイザーのパス</translation>
    </message>
    <message>
        <source>Absolute path of the hypervisor program.</source>
        <translation>ハイパーバイザープログラムの絶対パス。</translation>
    </message>
    <message>
        <source>Resolved on the host, in the runtime&apos;s mount namespace, so it must be absolute.</source>
        <translation>ホスト上でランタイムのマウント名前空間において解決されるため、絶対パスでなければなりません。</translation>
    </message>
    <message>
        <source>Hypervisor parameters</source>
        <translation>ハイパーバイザーのパラメーター</translation>
    </message>
    <message>
        <source>Arguments passed to the hypervisor.</source>
        <translation>ハイパーバイザーに渡される引数。</translation>
    </message>
    <message>
        <source>Extra arguments for the hypervisor program, one per entry.</source>
        <translation>ハイパーバイザープログラムへの追加の引数で、1 エントリに 1 つです。</translation>
    </message>
    <message>
        <source>A single argument, passed as written.</source>
        <translation>書いたとおりに渡される単一の引数です。</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Kernel the virtual machine boots.</source>
        <translation>仮想マシンが起動するカーネル。</translation>
    </message>
    <message>
        <source>The guest kernel, its command line and an optional initial ramdisk. A vm section cannot do without it.</source>
        <translation>ゲストカーネル、そのコマンドライン、任意の初期 RAM ディスクです。vm セクションにはこれが欠かせません。</translation>
    </message>
    <message>
        <source>Kernel path</source>
        <translation>カーネルのパス</translation>
    </message>
    <message>
        <source>Absolute path of the kernel image.</source>
        <translation>カーネルイメージの絶対パス。</translation>
    </message>
    <message>
        <source>The kernel file on the host, e.g. a vmlinuz; it must be absolute in the runtime&apos;s mount namespace.</source>
        <translation>ホスト上のカーネルファイル（例：vmlinuz）です。ランタイムのマウント名前空間での絶対パスでなければなりません。</translation>
    </message>
    <message>
        <source>Kernel parameters</source>
        <translation>カーネルパラメーター</translation>
    </message>
    <message>
        <source>Kernel command line, one parameter per entry.</source>
        <translation>カーネルのコマンドライン。1 エントリに 1 パラメーター。</translation>
    </message>
    <message>
        <source>Parameters such as console=hvc0 that the guest kernel receives on its command line.</source>
        <translation>ゲストカーネルがコマンドラインで受け取る console=hvc0 などのパラメーターです。</translation>
    </message>
    <message>
        <source>One kernel parameter.</source>
        <translation>1 つのカーネルパラメーター。</translation>
    </message>
    <message>
        <source>A single entry of the kernel command line, e.g. quiet.</source>
        <translation>カーネルのコマンドラインの単一のエントリです。例：quiet。</translation>
    </message>
    <message>
        <source>Initial ramdisk</source>
        <translation>初期 RAM ディスク</translation>
    </message>
    <message>
        <source>Absolute path of an initrd image.</source>
        <translation>initrd イメージの絶対パス。</translation>
    </message>
    <message>
        <source>An initial ramdisk loaded together with the kernel; like the kernel path it must be absolute on the host.</source>
        <translation>カーネルと一緒に読み込まれる初期 RAM ディスクです。カーネルのパスと同様、ホスト上の絶対パスでなければなりません。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Disk image the virtual machine boots into.</source>
        <translation>仮想マシンが起動するディスクイメージ。</translation>
    </message>
    <message>
        <source>Holds the virtual machine&apos;s own root filesystem, which is not the container&apos;s: the runtime mounts root.path somewhere inside the machine.</source>
        <translation>仮想マシン自身のルートファイルシステムを収めます。これはコンテナのものではありません：ランタイムは root.path をマシン内のどこかにマウントします。</translation>
    </message>
    <message>
        <source>Image path</source>
        <translation>イメージのパス</translation>
    </message>
    <message>
        <source>Absolute path of the disk image.</source>
        <translation>ディスクイメージの絶対パス。</translation>
    </message>
    <message>
        <source>The image file on the host; it must be absolute in the runtime&apos;s mount namespace.</source>
        <translation>ホスト上のイメージファイルです。ランタイムのマウント名前空間での絶対パスでなければなりません。</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>イメージの形式</translation>
    </message>
    <message>
        <source>raw, qcow2, vdi, vmdk or vhd.</source>
        <translation>raw、qcow2、vdi、vmdk、vhd のいずれか。</translation>
    </message>
    <message>
        <source>The file format of the image: a plain disk (raw), QEMU&apos;s copy-on-write format (qcow2), or the formats of VirtualBox (vdi), VMware (vmdk) and Hyper-V (vhd).</source>
        <translation>イメージのファイル形式です：プレーンなディスク（raw）、QEMU のコピーオンライト形式（qcow2）、または VirtualBox（vdi）、VMware（vmdk）、Hyper-V（vhd）の形式。</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Virtual hardware and devices passed through.</source>
        <translation>仮想ハードウェアとパススルーされるデバイス。</translation>
    </message>
    <message>
        <source>Processors and memory of the virtual machine, plus host hardware it may use directly: device tree nodes, I/O memory and interrupts. The pass-through fields follow the Xen xl configuration.</source>
        <translation>仮想マシンのプロセッサとメモリ、そして直接使えるホストのハードウェア（デバイスツリーのノード、I/O メモリ、割り込み）です。パススルーのフィールドは Xen の xl 設定に準じます。</translation>
    </message>
    <message>
        <source>Device tree</source>
        <translation>デバイスツリー</translation>
    </message>
    <message>
        <source>Device tree blob given to the virtual machine.</source>
        <translation>仮想マシンに与えるデバイスツリーブロブ。</translation>
    </message>
    <message>
        <source>Path of a compiled device tree (.dtb) describing the hardware, real and paravirtual, that the virtual machine should use.</source>
        <translation>仮想マシンが使うべき実際のハードウェアと準仮想化ハードウェアを記述する、コンパイル済みデバイスツリー（.dtb）のパスです。</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>仮想 CPU</translation>
    </message>
    <message>
        <source>Number of virtual processors.</source>
        <translation>仮想プロセッサの数。</translation>
    </message>
    <message>
        <source>How many processors the virtual machine gets.</source>
        <translation>仮想マシンが得るプロセッサの数です。</translation>
    </message>
    <message>
        <source>Most memory of the virtual machine, in bytes.</source>
        <translation>仮想マシンの最大メモリ（バイト）。</translation>
    </message>
    <message>
        <source>The largest amount of memory the virtual machine is given, in bytes.</source>
        <translation>仮想マシンに与えられるメモリの最大量（バイト）です。</translation>
    </message>
    <message>
        <source>Device tree nodes</source>
        <translation>デバイスツリーのノード</translation>
    </message>
    <message>
        <source>Host device tree nodes passed through.</source>
        <translation>パススルーされるホストのデバイスツリーのノード。</translation>
    </message>
    <message>
        <source>Paths of nodes in the host&apos;s device tree whose devices the virtual machine may use directly.</source>
        <translation>仮想マシンがそのデバイスを直接使える、ホストのデバイスツリー内のノードのパスです。</translation>
    </message>
    <message>
        <source>Device tree node</source>
        <translation>デバイスツリーのノード</translation>
    </message>
    <message>
        <source>Path of one node.</source>
        <translation>1 つのノードのパス。</translation>
    </message>
    <message>
        <source>A node of the host&apos;s device tree, written as its path.</source>
        <translation>ホストのデバイスツリーのノードで、そのパスで書きます。</translation>
    </message>
    <message>
        <source>I/O memory</source>
        <translation>I/O メモリ</translation>
    </message>
    <message>
        <source>Hardware memory pages the machine may access.</source>
        <translation>マシンがアクセスできるハードウェアのメモリページ。</translation>
    </message>
    <message>
        <source>Ranges of physical I/O memory pages mapped into the virtual machine, for devices it drives itself.</source>
        <translation>仮想マシンにマッピングされる物理 I/O メモリページの範囲で、仮想マシンが自ら制御するデバイスのためのものです。</translation>
    </message>
    <message>
        <source>I/O memory range</source>
        <translation>I/O メモリの範囲</translation>
    </message>
    <message>
        <source>One range of pages.</source>
        <translation>1 つのページ範囲。</translation>
    </message>
    <message>
        <source>A run of nrMFNs host pages starting at firstMFN, mapped into the guest at firstGFN.</source>
        <translation>firstMFN から始まる nrMFNs 個の連続したホストページで、ゲストの firstGFN にマッピングされます。</translation>
    </message>
    <message>
        <source>First guest frame</source>
        <translation>最初のゲストフレーム</translation>
    </message>
    <message>
        <source>Guest page number where the range appears.</source>
        <translation>範囲が現れるゲストのページ番号。</translation>
    </message>
    <message>
        <source>Where in the guest&apos;s address space the pages are mapped, as a page number. Without it they appear at the same number as on the host.</source>
        <translation>ゲストのアドレス空間のどこにページがマッピングされるかを、ページ番号で指定します。指定しない場合、ホストと同じ番号に現れます。</translation>
    </message>
    <message>
        <source>First machine frame</source>
        <translation>最初のマシンフレーム</translation>
    </message>
    <message>
        <source>Host page number where the range starts.</source>
        <translation>範囲が始まるホストのページ番号。</translation>
    </message>
    <message>
        <source>The physical page number of the first page of the I/O memory region.</source>
        <translation>I/O メモリ領域の最初のページの物理ページ番号です。</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Number of pages in the range.</source>
        <translation>範囲内のページの数。</translation>
    </message>
    <message>
        <source>How many consecutive pages, starting at firstMFN, are mapped.</source>
        <translation>firstMFN から始まる連続したページのうち、いくつをマッピングするかです。</translation>
    </message>
    <message>
        <source>Interrupts</source>
        <translation>割り込み</translation>
    </message>
    <message>
        <source>Physical IRQs the machine may handle.</source>
        <translation>マシンが処理できる物理 IRQ。</translation>
    </message>
    <message>
        <source>Interrupt lines of the host routed to the virtual machine, for devices passed through to it.</source>
        <translation>仮想マシンにパススルーされるデバイスのために、仮想マシンへ転送されるホストの割り込み線です。</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>割り込み</translation>
    </message>
    <message>
        <source>One IRQ number.</source>
        <translation>1 つの IRQ 番号。</translation>
    </message>
    <message>
        <source>The number of a physical interrupt line.</source>
        <translation>物理割り込み線の番号です。</translation>
    </message>
    <message>
        <source>Settings for Solaris application containers.</source>
        <translation>Solaris アプリケーションコンテナの設定。</translation>
    </message>
    <message>
        <source>Solaris runs containers as zones; apart from milestone these fields stand for properties of the zone&apos;s configuration (zonecfg).</source>
        <translation>Solaris はコンテナをゾーンとして実行します。milestone を除き、これらのフィールドはゾーンの構成（zonecfg）のプロパティに対応します。</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>SMF service to wait for, as an FMRI.</source>
        <translation>待機する SMF サービス（FMRI 形式）。</translation>
    </message>
    <message>
        <source>The process starts only once this Service Management Facility milestone is online, e.g. svc:/milestone/container:default.</source>
        <translation>この Service Management Facility のマイルストーンがオンラインになってから、プロセスが開始します。例：svc:/milestone/container:default。</translation>
    </message>
    <message>
        <source>Privilege limit</source>
        <translation>特権の上限</translation>
    </message>
    <message>
        <source>Most privileges a process in the zone can get.</source>
        <translation>ゾーン内のプロセスが得られる最大の特権。</translation>
    </message>
    <message>
        <source>A comma-separated privilege set, such as default or default,-net_rawaccess, in the syntax of priv_str_to_set(3C).</source>
        <translation>default や default,-net_rawaccess のような、priv_str_to_set(3C) の構文によるカンマ区切りの特権セットです。</translation>
    </message>
    <message>
        <source>Shared memory limit</source>
        <translation>共有メモリの制限</translation>
    </message>
    <message>
        <source>Most System V shared memory, e.g. 512m.</source>
        <translation>System V 共有メモリの最大量。例：512m。</translation>
    </message>
    <message>
        <source>Maps to the zone&apos;s max-shm-memory. The number may carry a scale letter K, M, G or T.</source>
        <translation>ゾーンの max-shm-memory に対応します。数値には倍率を表す文字 K、M、G、T を付けられます。</translation>
    </message>
    <message>
        <source>CPU cap</source>
        <translation>CPU キャップ</translation>
    </message>
    <message>
        <source>Limit on the CPU time of the zone.</source>
        <translation>ゾーンの CPU 時間の制限。</translation>
    </message>
    <message>
        <source>Maps to the zone&apos;s capped-cpu resource, which limits the processor time all its threads together may use.</source>
        <translation>ゾーンの capped-cpu リソースに対応し、そのすべてのスレッドが合わせて使えるプロセッサ時間を制限します。</translation>
    </message>
    <message>
        <source>CPUs&apos; worth of time, e.g. 1.25.</source>
        <translation>CPU 何個分の時間か。例：1.25。</translation>
    </message>
    <message>
        <source>Written as a string: 1 stands for one whole processor, .75 for three quarters of one, 1.25 for one and a quarter.</source>
        <translation>文字列で書きます：1 はプロセッサ 1 個分、.75 はその 4 分の 3、1.25 は 1 と 4 分の 1 個分を表します。</translation>
    </message>
    <message>
        <source>Memory cap</source>
        <translation>メモリキャップ</translation>
    </message>
    <message>
        <source>Physical and swap memory caps.</source>
        <translation>物理メモリとスワップメモリの上限。</translation>
    </message>
    <message>
        <source>Maps to the zone&apos;s capped-memory resource. Sizes may carry a scale letter K, M, G or T.</source>
        <translation>ゾーンの capped-memory リソースに対応します。サイズには倍率を表す文字 K、M、G、T を付けられます。</translation>
    </message>
    <message>
        <source>Physical memory</source>
        <translation>物理メモリ</translation>
    </message>
    <message>
        <source>Cap on resident memory, e.g. 512m.</source>
        <translation>常駐メモリの上限。例：512m。</translation>
    </message>
    <message>
        <source>The most physical memory the zone may occupy.</source>
        <translation>ゾーンが占有できる物理メモリの最大量です。</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>スワップ</translation>
    </message>
    <message>
        <source>Cap on swap space, e.g. 512m.</source>
        <translation>スワップ領域の上限。例：512m。</translation>
    </message>
    <message>
        <source>The most swap space the zone may reserve.</source>
        <translation>ゾーンが予約できるスワップ領域の最大量です。</translation>
    </message>
    <message>
        <source>Automatic networks</source>
        <translation>自動ネットワーク</translation>
    </message>
    <message>
        <source>Virtual NICs created for the zone.</source>
        <translation>ゾーン用に作成される仮想 NIC。</translation>
    </message>
    <message>
        <source>For each entry the zone administration daemon creates a temporary virtual NIC when the container starts and removes it when the container is torn down.</source>
        <translation>各エントリについて、ゾーン管理デーモンはコンテナの起動時に一時的な仮想 NIC を作成し、コンテナの破棄時に削除します。</translation>
    </message>
    <message>
        <source>Automatic network</source>
        <translation>自動ネットワーク</translation>
    </message>
    <message>
        <source>One virtual NIC.</source>
        <translation>1 つの仮想 NIC。</translation>
    </message>
    <message>
        <source>An anet resource of the zone: its link, addresses and protection.</source>
        <translation>ゾーンの anet リソース：そのリンク、アドレス、保護です。</translation>
    </message>
    <message>
        <source>Link name</source>
        <translation>リンク名</translation>
    </message>
    <message>
        <source>Name of the virtual NIC, e.g. net0.</source>
        <translation>仮想 NIC の名前。例：net0。</translation>
    </message>
    <message>
        <source>The datalink name the automatically created VNIC gets.</source>
        <translation>自動的に作成される VNIC に付けられるデータリンク名です。</translation>
    </message>
    <message>
        <source>Lower link</source>
        <translation>下位リンク</translation>
    </message>
    <message>
        <source>Physical link the VNIC is created on.</source>
        <translation>VNIC を作成する物理リンク。</translation>
    </message>
    <message>
        <source>The host link over which the virtual NIC is made; maps to lower-link.</source>
        <translation>仮想 NIC を作成するホストのリンクです。lower-link に対応します。</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>許可するアドレス</translation>
    </message>
    <message>
        <source>IP addresses the zone may use, e.g. 172.17.0.2/16.</source>
        <translation>ゾーンが使える IP アドレス。例：172.17.0.2/16。</translation>
    </message>
    <message>
        <source>Restricts the zone to these addresses on the link; without it any address may be used. Maps to allowed-address.</source>
        <translation>リンク上でゾーンが使えるアドレスをこれらに限定します。指定しない場合は任意のアドレスを使えます。allowed-address に対応します。</translation>
    </message>
    <message>
        <source>Configure allowed addresses</source>
        <translation>許可するアドレスを設定</translation>
    </message>
    <message>
        <source>&quot;true&quot; or &quot;false&quot;, as a string.</source>
        <translation>文字列としての &quot;true&quot; または &quot;false&quot;。</translation>
    </message>
    <message>
        <source>With &quot;true&quot; the allowed addresses are set up on the interface each time the container starts; with &quot;false&quot; they are not.</source>
        <translation>&quot;true&quot; の場合、コンテナが起動するたびに、許可するアドレスがインターフェースに設定されます。&quot;false&quot; の場合は設定されません。</translation>
    </message>
    <message>
        <source>Default router</source>
        <translation>デフォルトルーター</translation>
    </message>
    <message>
        <source>Default gateway of the interface.</source>
        <translation>インターフェースのデフォルトゲートウェイ。</translation>
    </message>
    <message>
        <source>The router the zone sends traffic for other networks to.</source>
        <translation>ゾーンが他のネットワーク宛てのトラフィックを送るルーターです。</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>A unicast MAC address or a keyword.</source>
        <translation>ユニキャスト MAC アドレスまたはキーワード。</translation>
    </message>
    <message>
        <source>Either a MAC address such as 02:42:f8:52:c7:16 or one of the keywords zonecfg knows, e.g. random or auto.</source>
        <translation>02:42:f8:52:c7:16 のような MAC アドレス、または zonecfg が知っているキーワード（例：random、auto）のいずれかです。</translation>
    </message>
    <message>
        <source>Link protection</source>
        <translation>リンク保護</translation>
    </message>
    <message>
        <source>Protections, e.g. mac-nospoof, ip-nospoof.</source>
        <translation>保護の種類。例：mac-nospoof、ip-nospoof。</translation>
    </message>
    <message>
        <source>A comma-separated list of the link protection types of dladm, which stop the zone from spoofing addresses.</source>
        <translation>dladm のリンク保護の種類をカンマ区切りで並べたもので、ゾーンによるアドレスの詐称を防ぎます。</translation>
    </message>
    <message>
        <source>Settings for containers on IBM z/OS.</source>
        <translation>IBM z/OS 上のコンテナの設定。</translation>
    </message>
    <message>
        <source>z/OS UNIX isolates containers with namespaces and filesystem jails; this section lists the namespaces.</source>
        <translation>z/OS UNIX は名前空間とファイルシステムの jail でコンテナを隔離します。このセクションは名前空間を列挙します。</translation>
    </message>
    <message>
        <source>z/OS UNIX namespaces the container gets or joins.</source>
        <translation>コンテナが取得または参加する z/OS UNIX の名前空間。</translation>
    </message>
    <message>
        <source>Like Linux namespaces: each listed type is new for the container or, with a path, an existing one. Types not listed are shared with the runtime.</source>
        <translation>Linux の名前空間と同様です：列挙された各種類は、コンテナにとって新しいもの、または path を指定すれば既存のものになります。列挙されていない種類はランタイムと共有されます。</translation>
    </message>
    <message>
        <source>A namespace type, and optionally the namespace file of one to join; each type may appear once.</source>
        <translation>名前空間の種類と、必要に応じて参加する名前空間のファイルです。各種類は 1 回だけ指定できます。</translation>
    </message>
    <message>
        <source>pid, mount, ipc or uts.</source>
        <translation>pid、mount、ipc、uts のいずれか。</translation>
    </message>
    <message>
        <source>pid hides other processes, mount gives a mount table of its own, ipc separates inter-process communication and uts allows an own host and domain name.</source>
        <translation>pid は他のプロセスを隠し、mount は独自のマウントテーブルを与え、ipc はプロセス間通信を分離し、uts は独自のホスト名とドメイン名を使えるようにします。</translation>
    </message>
    <message>
        <source>Namespace file to join instead of creating one.</source>
        <translation>新しく作る代わりに参加する名前空間のファイル。</translation>
    </message>
    <message>
        <source>An absolute path on the host to the file of an existing namespace of the same type. Without it a new namespace is created.</source>
        <translation>同じ種類の既存の名前空間のファイルへの、ホスト上の絶対パスです。指定しない場合は新しい名前空間が作成されます。</translation>
    </message>
    <message>
        <source>Devices (removed)</source>
        <translation>デバイス（削除済み）</translation>
    </message>
    <message>
        <source>Device files to create; removed in 1.2.1.</source>
        <translation>作成するデバイスファイル。1.2.1 で削除されました。</translation>
    </message>
    <message>
        <source>Listed device nodes for the container in versions 1.1.0 and 1.2.0. Version 1.2.1 dropped them in favour of namespaces.</source>
        <translation>バージョン 1.1.0 と 1.2.0 でコンテナ用のデバイスノードを列挙していました。バージョン 1.2.1 では名前空間に置き換えられ、削除されました。</translation>
    </message>
    <message>
        <source>One device node of the removed devices list.</source>
        <translation>削除されたデバイス一覧の 1 つのデバイスノード。</translation>
    </message>
    <message>
        <source>Described a special file like a Linux device entry does: type, path, numbers, mode and owner.</source>
        <translation>Linux のデバイスエントリと同様に特殊ファイルを記述していました：種類、パス、番号、モード、所有者です。</translation>
    </message>
    <message>
        <source>c, b, u or p.</source>
        <translation>c、b、u、p のいずれか。</translation>
    </message>
    <message>
        <source>Character, block, unbuffered character or FIFO device.</source>
        <translation>キャラクター、ブロック、バッファなしキャラクター、または FIFO デバイス。</translation>
    </message>
    <message>
        <source>Where the device appears in the container.</source>
        <translation>コンテナ内でデバイスが現れる場所。</translation>
    </message>
    <message>
        <source>The full path of the device file inside the container.</source>
        <translation>コンテナ内のデバイスファイルのフルパスです。</translation>
    </message>
    <message>
        <source>Device class number.</source>
        <translation>デバイスクラス番号。</translation>
    </message>
    <message>
        <source>Selects the driver; needed for every type except p.</source>
        <translation>ドライバーを選択します。p 以外のすべての種類で必要です。</translation>
    </message>
    <message>
        <source>Device instance number.</source>
        <translation>デバイスインスタンス番号。</translation>
    </message>
    <message>
        <source>Selects the device among those of the driver; needed for every type except p.</source>
        <translation>ドライバーのデバイスの中からデバイスを選択します。p 以外のすべての種類で必要です。</translation>
    </message>
    <message>
        <source>Permission bits, in decimal.</source>
        <translation>権限ビット（10 進数）。</translation>
    </message>
    <message>
        <source>The access mode of the device file; JSON has no octal numbers, so 0666 is written as 438.</source>
        <translation>デバイスファイルのアクセスモードです。JSON には 8 進数がないため、0666 は 438 と書きます。</translation>
    </message>
    <message>
        <source>User ID owning the device file.</source>
        <translation>デバイスファイルを所有するユーザー ID。</translation>
    </message>
    <message>
        <source>The numeric owner given to the device file in the container.</source>
        <translation>コンテナ内でデバイスファイルに与えられる数値の所有者です。</translation>
    </message>
    <message>
        <source>Group ID owning the device file.</source>
        <translation>デバイスファイルを所有するグループ ID。</translation>
    </message>
    <message>
        <source>The numeric group given to the device file in the container.</source>
        <translation>コンテナ内でデバイスファイルに与えられる数値のグループです。</translation>
    </message>
    <message>
        <source>Settings for FreeBSD jails.</source>
        <translation>FreeBSD jail の設定。</translation>
    </message>
    <message>
        <source>FreeBSD runs each container in a jail; this section adds devices and sets the jail&apos;s parameters.</source>
        <translation>FreeBSD は各コンテナを jail の中で実行します。このセクションはデバイスを追加し、jail のパラメーターを設定します。</translation>
    </message>
    <message>
        <source>Extra devfs devices exposed to the jail.</source>
        <translation>jail に公開する追加の devfs デバイス。</translation>
    </message>
    <message>
        <source>The container&apos;s /dev is a devfs mount, usually limited by a ruleset given as a mount option; these entries make further devices visible.</source>
        <translation>コンテナの /dev は devfs マウントで、通常はマウントオプションで指定したルールセットで制限されています。これらのエントリで、さらにデバイスを見えるようにします。</translation>
    </message>
    <message>
        <source>One device and its mode.</source>
        <translation>1 つのデバイスとそのモード。</translation>
    </message>
    <message>
        <source>A device named by its path below /dev, optionally with the file mode it should get.</source>
        <translation>/dev 以下のパスで指定するデバイスで、必要に応じて与えるファイルモードも指定できます。</translation>
    </message>
    <message>
        <source>Device path relative to /dev, e.g. pf.</source>
        <translation>/dev からの相対的なデバイスパス。例：pf。</translation>
    </message>
    <message>
        <source>Written without /dev in front: pf stands for /dev/pf.</source>
        <translation>先頭の /dev を付けずに書きます：pf は /dev/pf を表します。</translation>
    </message>
    <message>
        <source>File mode of the device, in decimal.</source>
        <translation>デバイスのファイルモード（10 進数）。</translation>
    </message>
    <message>
        <source>JSON has no octal numbers, so rwx------ (octal 0700) is written as 448.</source>
        <translation>JSON には 8 進数がないため、rwx------（8 進数 0700）は 448 と書きます。</translation>
    </message>
    <message>
        <source>Jail</source>
        <translation>Jail</translation>
    </message>
    <message>
        <source>Parameters of the container&apos;s jail.</source>
        <translation>コンテナの jail のパラメーター。</translation>
    </message>
    <message>
        <source>Passed to the kernel when the jail is created; they correspond to parameters of jail(8) such as vnet, enforce_statfs and allow.*.</source>
        <translation>jail の作成時にカーネルに渡されます。vnet、enforce_statfs、allow.* など jail(8) のパラメーターに対応します。</translation>
    </message>
    <message>
        <source>Parent jail</source>
        <translation>親 jail</translation>
    </message>
    <message>
        <source>Jail to create this one in.</source>
        <translation>この jail を作成する先の jail。</translation>
    </message>
    <message>
        <source>The name of another container&apos;s jail to nest this one in, for instance to share its vnet. Without it the host is the parent.</source>
        <translation>この jail を入れ子にする、別のコンテナの jail の名前です。たとえばその vnet を共有するために使います。指定しない場合はホストが親になります。</translation>
    </message>
    <message>
        <source>Host identity</source>
        <translation>ホストの識別情報</translation>
    </message>
    <message>
        <source>Own host name and IDs (new) or the parent&apos;s (inherit).</source>
        <translation>独自のホスト名と ID（new）、または親のもの（inherit）。</translation>
    </message>
    <message>
        <source>With new the jail has its own host name, domain name, host UUID and host ID, taken from hostname and domainname where given; with inherit it sees those of its parent.</source>
        <translation>new の場合、jail は独自のホスト名、ドメイン名、ホスト UUID、ホスト ID を持ち、指定されていれば hostname と domainname から取られます。inherit の場合は親のものが見えます。</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>Use of IPv4 addresses: new, inherit or disable.</source>
        <translation>IPv4 アドレスの使用：new、inherit、disable のいずれか。</translation>
    </message>
    <message>
        <source>new limits the jail to the addresses of ip4Addr, inherit gives it those of the host or parent, disable forbids IPv4 altogether. Usually left out when the jail has its own vnet.</source>
        <translation>new は jail を ip4Addr のアドレスに限定し、inherit はホストまたは親のアドレスを与え、disable は IPv4 を完全に禁止します。jail が独自の vnet を持つ場合は通常省略します。</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Use of IPv6 addresses: new, inherit or disable.</source>
        <translation>IPv6 アドレスの使用：new、inherit、disable のいずれか。</translation>
    </message>
    <message>
        <source>Works like ip4, for IPv6 and the addresses of ip6Addr.</source>
        <translation>ip4 と同様に、IPv6 と ip6Addr のアドレスについて動作します。</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Own network stack (new) or the parent&apos;s (inherit).</source>
        <translation>独自のネットワークスタック（new）、または親のもの（inherit）。</translation>
    </message>
    <message>
        <source>new creates a network stack for the jail alone, the usual choice for a container with networking of its own; inherit uses the stack of the parent or host. It cannot be disabled.</source>
        <translation>new は jail 専用のネットワークスタックを作成します。独自のネットワークを持つコンテナでは通常これを選びます。inherit は親またはホストのスタックを使います。無効にはできません。</translation>
    </message>
    <message>
        <source>System V message queues</source>
        <translation>System V メッセージキュー</translation>
    </message>
    <message>
        <source>Message queues: new, inherit or disable.</source>
        <translation>メッセージキュー：new、inherit、disable のいずれか。</translation>
    </message>
    <message>
        <source>new gives the jail its own key namespace, so it sees only the queues it made; inherit shows it all queues of the host or parent; disable forbids the calls.</source>
        <translation>new は jail に独自のキー名前空間を与え、jail が作成したキューだけが見えるようにします。inherit はホストまたは親のすべてのキューを見せます。disable はその呼び出しを禁止します。</translation>
    </message>
    <message>
        <source>System V semaphores</source>
        <translation>System V セマフォ</translation>
    </message>
    <message>
        <source>Semaphores: new, inherit or disable.</source>
        <translation>セマフォ：new、inherit、disable のいずれか。</translation>
    </message>
    <message>
        <source>Works like sysvmsg, for semaphore sets.</source>
        <translation>sysvmsg と同様に、セマフォセットについて動作します。</translation>
    </message>
    <message>
        <source>System V shared memory</source>
        <translation>System V 共有メモリ</translation>
    </message>
    <message>
        <source>Shared memory: new, inherit or disable.</source>
        <translation>共有メモリ：new、inherit、disable のいずれか。</translation>
    </message>
    <message>
        <source>Works like sysvmsg, for shared memory segments.</source>
        <translation>sysvmsg と同様に、共有メモリセグメントについて動作します。</translation>
    </message>
    <message>
        <source>IPv4 addresses</source>
        <translation>IPv4 アドレス</translation>
    </message>
    <message>
        <source>IPv4 addresses the jail may use.</source>
        <translation>jail が使える IPv4 アドレス。</translation>
    </message>
    <message>
        <source>Limits the jail to these addresses of the host network, e.g. aliases on a loopback interface, one set per jail.</source>
        <translation>jail をホストのネットワークのこれらのアドレスに限定します。たとえばループバックインターフェース上のエイリアスで、jail ごとに 1 組です。</translation>
    </message>
    <message>
        <source>One IPv4 address in numeric form, e.g. 10.11.12.13.</source>
        <translation>数値形式の 1 つの IPv4 アドレス。例：10.11.12.13。</translation>
    </message>
    <message>
        <source>IPv6 addresses</source>
        <translation>IPv6 アドレス</translation>
    </message>
    <message>
        <source>IPv6 addresses the jail may use.</source>
        <translation>jail が使える IPv6 アドレス。</translation>
    </message>
    <message>
        <source>Limits the jail to these IPv6 addresses of the host network.</source>
        <translation>jail をホストのネットワークのこれらの IPv6 アドレスに限定します。</translation>
    </message>
    <message>
        <source>One IPv6 address in numeric form, e.g. fd10::11:12:13.</source>
        <translation>数値形式の 1 つの IPv6 アドレス。例：fd10::11:12:13。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>An address written as digits, not as a host name.</source>
        <translation>ホスト名ではなく数字で書いたアドレスです。</translation>
    </message>
    <message>
        <source>Host interface that carries the jail&apos;s addresses.</source>
        <translation>jail のアドレスを載せるホストのインターフェース。</translation>
    </message>
    <message>
        <source>An alias for each address of ip4Addr and ip6Addr is added to this interface while the container exists; used when the jail has no vnet of its own.</source>
        <translation>コンテナが存在する間、ip4Addr と ip6Addr の各アドレスのエイリアスがこのインターフェースに追加されます。jail が独自の vnet を持たない場合に使います。</translation>
    </message>
    <message>
        <source>Vnet interfaces</source>
        <translation>vnet インターフェース</translation>
    </message>
    <message>
        <source>Interfaces moved into the jail&apos;s vnet.</source>
        <translation>jail の vnet に移されるインターフェース。</translation>
    </message>
    <message>
        <source>Network interfaces that are moved into the jail&apos;s own network stack for as long as the container lives, e.g. one end of an epair.</source>
        <translation>コンテナが存在する間、jail 専用のネットワークスタックに移されるネットワークインターフェースです。例：epair の一方の端。</translation>
    </message>
    <message>
        <source>Name of one interface.</source>
        <translation>1 つのインターフェースの名前。</translation>
    </message>
    <message>
        <source>An interface name of the host, e.g. epair0b.</source>
        <translation>ホストのインターフェース名です。例：epair0b。</translation>
    </message>
    <message>
        <source>Mount visibility</source>
        <translation>マウントの可視性</translation>
    </message>
    <message>
        <source>Which mounts the jail sees: 0, 1 or 2.</source>
        <translation>jail から見えるマウント：0、1、2 のいずれか。</translation>
    </message>
    <message>
        <source>0 shows every mount of the host, 1 only those below the jail&apos;s root, 2 only the root itself.</source>
        <translation>0 はホストのすべてのマウントを、1 は jail のルート以下のものだけを、2 はルート自体だけを見せます。</translation>
    </message>
    <message>
        <source>Allowed actions</source>
        <translation>許可する操作</translation>
    </message>
    <message>
        <source>Restrictions of the jail to lift.</source>
        <translation>解除する jail の制限。</translation>
    </message>
    <message>
        <source>Each switch lifts one of the restrictions a jail normally has, such as changing its host name or using raw sockets.</source>
        <translation>各スイッチは、ホスト名の変更や raw ソケットの使用など、jail に通常課される制限の 1 つを解除します。</translation>
    </message>
    <message>
        <source>Set host name</source>
        <translation>ホスト名の設定</translation>
    </message>
    <message>
        <source>Let the jail change its host name.</source>
        <translation>jail がホスト名を変更できるようにします。</translation>
    </message>
    <message>
        <source>Corresponds to allow.set_hostname of jail(8).</source>
        <translation>jail(8) の allow.set_hostname に対応します。</translation>
    </message>
    <message>
        <source>Raw sockets</source>
        <translation>raw ソケット</translation>
    </message>
    <message>
        <source>Allow raw sockets, e.g. for ping.</source>
        <translation>raw ソケットを許可します。例：ping のため。</translation>
    </message>
    <message>
        <source>Tools such as ping and traceroute need raw sockets; they also let a process forge packets.</source>
        <translation>ping や traceroute などのツールには raw ソケットが必要です。raw ソケットではプロセスがパケットを偽造することもできます。</translation>
    </message>
    <message>
        <source>Change file flags</source>
        <translation>ファイルフラグの変更</translation>
    </message>
    <message>
        <source>Allow changing system file flags.</source>
        <translation>システムファイルフラグの変更を許可します。</translation>
    </message>
    <message>
        <source>Lets root in the jail change system flags such as schg (immutable) with chflags.</source>
        <translation>jail 内の root が chflags で schg（immutable）などのシステムフラグを変更できるようにします。</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>Allow changing file system quotas.</source>
        <translation>ファイルシステムのクォータの変更を許可します。</translation>
    </message>
    <message>
        <source>Lets root in the jail administer the quotas of file systems.</source>
        <translation>jail 内の root がファイルシステムのクォータを管理できるようにします。</translation>
    </message>
    <message>
        <source>Other socket families</source>
        <translation>その他のソケットファミリー</translation>
    </message>
    <message>
        <source>Allow sockets besides IPv4, IPv6 and Unix.</source>
        <translation>IPv4、IPv6、Unix 以外のソケットを許可します。</translation>
    </message>
    <message>
        <source>Without it the jail may only create IPv4, IPv6 and Unix domain sockets.</source>
        <translation>これがない場合、jail は IPv4、IPv6、Unix ドメインのソケットしか作成できません。</translation>
    </message>
    <message>
        <source>Lock memory</source>
        <translation>メモリのロック</translation>
    </message>
    <message>
        <source>Allow mlock and munlock.</source>
        <translation>mlock と munlock を許可します。</translation>
    </message>
    <message>
        <source>Lets processes in the jail keep memory from being paged out.</source>
        <translation>jail 内のプロセスがメモリのページアウトを防げるようにします。</translation>
    </message>
    <message>
        <source>Reserved ports</source>
        <translation>予約ポート</translation>
    </message>
    <message>
        <source>Allow binding to ports below 1024.</source>
        <translation>1024 未満のポートへのバインドを許可します。</translation>
    </message>
    <message>
        <source>Lets root in the jail listen on the privileged ports, as servers such as web servers do.</source>
        <translation>Web サーバーなどのサーバーと同様に、jail 内の root が特権ポートで待ち受けられるようにします。</translation>
    </message>
    <message>
        <source>Super-user</source>
        <translation>スーパーユーザー</translation>
    </message>
    <message>
        <source>Whether root in the jail has its privileges.</source>
        <translation>jail 内の root が特権を持つかどうか。</translation>
    </message>
    <message>
        <source>Sets the jail&apos;s security.bsd.suser_enabled. If the parent has disabled the super-user, the jail cannot enable it.</source>
        <translation>jail の security.bsd.suser_enabled を設定します。親がスーパーユーザーを無効にしている場合、jail で有効にすることはできません。</translation>
    </message>
    <message>
        <source>Mountable file systems</source>
        <translation>マウント可能なファイルシステム</translation>
    </message>
    <message>
        <source>File system types the jail may mount.</source>
        <translation>jail がマウントできるファイルシステムの種類。</translation>
    </message>
    <message>
        <source>Each type listed, e.g. tmpfs, may be mounted and unmounted from inside the jail; runtimes usually do the container&apos;s mounts from the host instead.</source>
        <translation>列挙された各種類（例：tmpfs）は jail の内部からマウント・アンマウントできます。ランタイムは通常、コンテナのマウントを代わりにホスト側から行います。</translation>
    </message>
    <message>
        <source>File system type</source>
        <translation>ファイルシステムの種類</translation>
    </message>
    <message>
        <source>One file system type.</source>
        <translation>1 つのファイルシステムの種類。</translation>
    </message>
    <message>
        <source>A file system name such as nullfs or tmpfs.</source>
        <translation>nullfs や tmpfs などのファイルシステム名です。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation>バイト/秒</translation>
    </message>
    <message>
        <source>operations per second</source>
        <translation>操作/秒</translation>
    </message>
    <message>
        <source>microseconds</source>
        <translation>マイクロ秒</translation>
    </message>
    <message>
        <source>nanoseconds</source>
        <translation>ナノ秒</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>object (free-form)</source>
        <translation>オブジェクト（自由形式）</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>file mode (0 to 4095)</source>
        <translation>ファイルモード（0～4095）</translation>
    </message>
    <message>
        <source>integer of at least 1</source>
        <translation>1 以上の整数</translation>
    </message>
</context>
<context>
    <name>SpecDiff</name>
    <message>
        <source>Added</source>
        <extracomment>A field or list element the other config has and this one lacks.</extracomment>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Moved</source>
        <extracomment>A list element found at another position.</extracomment>
        <translation>移動</translation>
    </message>
    <message>
        <source>Reordered</source>
        <extracomment>An object whose members are in another order.</extracomment>
        <translation>並べ替え</translation>
    </message>
</context>
<context>
    <name>SpecDiffModel</name>
    <message>
        <source>This bundle</source>
        <translation>このバンドル</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>相手側</translation>
    </message>
    <message>
        <source>Whole configuration</source>
        <translation>設定全体</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <extracomment>A group of changes in a diff: the section&apos;s title and how many changes it has.</extracomment>
        <translation>
            <numerusform>%1（%n 件の変更）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The tooltip of a change: its kind (&quot;Added&quot;) and where it is (&quot;Mounts › /data&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Where a moved list element is on this side: &quot;at /mounts/0&quot;.</extracomment>
        <translation>%1 の位置</translation>
    </message>
    <message>
        <source>(absent)</source>
        <extracomment>A value that one side of a diff does not have.</extracomment>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>ポインター</translation>
    </message>
</context>
<context>
    <name>SpecDiffReport</name>
    <message>
        <source>(top level)</source>
        <extracomment>Where a change is when it concerns the whole config (its empty JSON pointer).</extracomment>
        <translation>（最上位）</translation>
    </message>
    <message>
        <source>(%1 → %2)</source>
        <extracomment>After a changed value whose JSON type changed: &quot;(boolean → string)&quot;.</extracomment>
        <translation>（%1 → %2）</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <extracomment>A list element now elsewhere; %1 is the pointer where it was.</extracomment>
        <translation>%1 から移動</translation>
    </message>
    <message>
        <source>member order %1 → %2</source>
        <extracomment>An object&apos;s members in another order; %1 and %2 list their names.</extracomment>
        <translation>メンバーの順序 %1 → %2</translation>
    </message>
</context>
<context>
    <name>SpecDocument</name>
    <message>
        <source>The document has no file name yet.</source>
        <translation>ドキュメントにはまだファイル名がありません。</translation>
    </message>
</context>
<context>
    <name>SpecFile</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>テキストが有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>%1 is not a bundle: it has no config.json.</source>
        <translation>%1 はバンドルではありません：config.json がありません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; the editor opens files of up to %3 MiB.</source>
        <translation>%1 は %2 MiB です。エディターで開けるのは %3 MiB までのファイルです。</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside the bundle directory; saving does not write through it.</source>
        <translation>%1 はバンドルディレクトリの外にある %2 へのリンクです。保存してもリンク先には書き込みません。</translation>
    </message>
    <message>
        <source>config.json</source>
        <translation>config.json</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: %2 行 %3 列：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a runtime configuration is a JSON object, but this file holds %2.</source>
        <translation>%1: ランタイム設定は JSON オブジェクトですが、このファイルの内容は%2です。</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: the values are nested more than %4 levels deep.</source>
        <translation>%1: %2 行 %3 列：値の入れ子が %4 段階より深くなっています。</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; appears more than once in %3. The last value counts, as runc reads it, and saving writes the key once.</source>
        <translation>%1: キー「%2」が %3 内に複数回あります。runc の読み取りと同様に最後の値が有効になり、保存するとキーは 1 回だけ書き込まれます。</translation>
    </message>
    <message>
        <source>%1: the layout of the file could not be followed; saving keeps its indentation only.</source>
        <translation>%1: ファイルのレイアウトを追跡できませんでした。保存時はインデントだけが維持されます。</translation>
    </message>
    <message>
        <source>The file has no name yet.</source>
        <translation>ファイルにはまだ名前がありません。</translation>
    </message>
</context>
<context>
    <name>SpecModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 個のメンバー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 個の要素</numerusform>
        </translation>
    </message>
    <message>
        <source>{…}</source>
        <translation>{…}</translation>
    </message>
    <message>
        <source>[…]</source>
        <translation>[…]</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>StateRootFinder</name>
    <message>
        <source>this editor</source>
        <translation>このエディター</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Docker (containerd namespace moby)</source>
        <translation>Docker（containerd 名前空間 moby）</translation>
    </message>
    <message>
        <source>containerd (namespace %1)</source>
        <translation>containerd（名前空間 %1）</translation>
    </message>
    <message>
        <source>CRI-O or Podman</source>
        <translation>CRI-O または Podman</translation>
    </message>
    <message>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
    <message>
        <source>%1, rootless</source>
        <translation>%1、ルートレス</translation>
    </message>
</context>
<context>
    <name>StatsChartView</name>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>0.5 s</source>
        <translation>0.5 秒</translation>
    </message>
    <message>
        <source>1 s</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>2 s</source>
        <translation>2 秒</translation>
    </message>
    <message>
        <source>5 s</source>
        <translation>5 秒</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>間隔:</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>used</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID 数</translation>
    </message>
    <message>
        <source>current</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>ブロック I/O</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>No samples yet.</source>
        <translation>まだサンプルがありません。</translation>
    </message>
    <message>
        <source>CPU: collecting…</source>
        <translation>CPU：収集中…</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU：%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Memory: %1 of %2</source>
        <translation>メモリ：%1 / %2</translation>
    </message>
    <message>
        <source>PIDs: %1 of %2</source>
        <translation>PID 数：%1 / %2</translation>
    </message>
    <message>
        <source>Block I/O: collecting…</source>
        <translation>ブロック I/O：収集中…</translation>
    </message>
    <message>
        <source>Block I/O: read %1, write %2</source>
        <translation>ブロック I/O：読み取り %1、書き込み %2</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>統計をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>How often the container&apos;s statistics are read</source>
        <translation>コンテナの統計を読み取る頻度</translation>
    </message>
    <message>
        <source>Saves every sample of the history as a CSV file</source>
        <translation>履歴のすべてのサンプルを CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: no limit</source>
        <translation>%1：制限なし</translation>
    </message>
    <message>
        <source>%1: %2, peak %3</source>
        <translation>%1：%2、ピーク %3</translation>
    </message>
</context>
<context>
    <name>StringSetModel</name>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 を削除</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>%1 %2 を追加</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>The container&apos;s terminal: keys go to the program inside. Ctrl+Tab and Ctrl+Shift+Tab move the focus out.</source>
        <translation>コンテナの端末：キー入力は中のプログラムに送られます。Ctrl+Tab と Ctrl+Shift+Tab でフォーカスを外に移動します。</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>Set %1</source>
        <translation>%1 を設定</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 をクリア</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>%1 に追加</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Move in %1</source>
        <translation>%1 内で移動</translation>
    </message>
</context>
<context>
    <name>UnifiedDiff</name>
    <message>
        <source>The program diff is not installed (Debian package diffutils).</source>
        <translation>プログラム diff がインストールされていません（Debian パッケージ diffutils）。</translation>
    </message>
    <message>
        <source>Cannot write temporary files for the comparison.</source>
        <translation>比較用の一時ファイルを書き込めません。</translation>
    </message>
    <message>
        <source>diff failed: %1</source>
        <translation>diff に失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Double-click a finding to go to the field it is about.</source>
        <translation>検出事項をダブルクリックすると、関係するフィールドへ移動します。</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>問題は見つかりませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>注記 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Validation findings</source>
        <translation>検証の検出事項</translation>
    </message>
    <message>
        <source>Errors and warnings about the configuration; Enter goes to the field</source>
        <translation>設定に関するエラーと警告。Enter キーでフィールドに移動します</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Annotation keys must not be empty.</source>
        <translation>アノテーションのキーは空にできません。</translation>
    </message>
    <message>
        <source>%1 uses the reserved org.opencontainers namespace but is not one of the keys the OCI specifications define; runtimes ignore it.</source>
        <translation>%1 は予約済みの org.opencontainers 名前空間を使っていますが、OCI 仕様が定義するキーではありません。ランタイムは無視します。</translation>
    </message>
    <message>
        <source>A FIFO (type p) has no device numbers; they are ignored.</source>
        <translation>FIFO（タイプ p）にはデバイス番号がありません。指定しても無視されます。</translation>
    </message>
    <message>
        <source>A device of type %1 needs a %2 number.</source>
        <translation>タイプ %1 のデバイスには %2 番号が必要です。</translation>
    </message>
    <message>
        <source>Device numbers cannot be negative.</source>
        <translation>デバイス番号は負の値にできません。</translation>
    </message>
    <message>
        <source>Device %1 is already listed as device %2.</source>
        <translation>デバイス %1 は既にデバイス %2 として記載されています。</translation>
    </message>
    <message>
        <source>Device %1 already creates %2.</source>
        <translation>デバイス %1 は既に %2 を作成します。</translation>
    </message>
    <message>
        <source>The file mode %1 has bits above the permission and file type bits (the largest mode is 65535, octal 0177777).</source>
        <translation>ファイルモード %1 には、権限ビットとファイルタイプビットより上位のビットがあります（最大のモードは 65535、8 進数で 0177777）。</translation>
    </message>
    <message>
        <source>The file mode %1 carries the file type bits octal %2, which do not match the device type %3; runc ignores them and creates the node the type names.</source>
        <translation>ファイルモード %1 はファイルタイプビット（8 進数 %2）を含んでいますが、デバイスタイプ %3 と一致しません。runc はこれを無視し、タイプが示すノードを作成します。</translation>
    </message>
    <message>
        <source>runc refuses a device rule without access; use &quot;rwm&quot; for all of read, write and mknod.</source>
        <translation>runc はアクセス指定のないデバイスルールを拒否します。読み取り、書き込み、mknod のすべてを許可するには「rwm」を使ってください。</translation>
    </message>
    <message>
        <source>Listing %1 replaces runc&apos;s own, together with its device cgroup rule; allow it in linux.resources.devices, or runc fails to open it and refuses to start.</source>
        <translation>%1 を記載すると、runc 自身のものがそのデバイス cgroup ルールごと置き換えられます。linux.resources.devices で許可してください。そうしないと runc はそれを開けず、開始を拒否します。</translation>
    </message>
    <message>
        <source>Listing %1 replaces runc&apos;s own, together with its device cgroup rule; allow it in linux.resources.devices, or the container cannot open it.</source>
        <translation>%1 を記載すると、runc 自身のものがそのデバイス cgroup ルールごと置き換えられます。linux.resources.devices で許可してください。そうしないとコンテナはそれを開けません。</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>マシン %1</translation>
    </message>
    <message>
        <source>The root filesystem %1 does not exist; runc refuses to start.</source>
        <translation>ルートファイルシステム %1 が存在しません。runc は開始を拒否します。</translation>
    </message>
    <message>
        <source>The root filesystem %1 is not a directory; runc refuses to start.</source>
        <translation>ルートファイルシステム %1 はディレクトリではありません。runc は開始を拒否します。</translation>
    </message>
    <message>
        <source>The path to the root filesystem %1 passes through a symbolic link (it is really %2); runc refuses that.</source>
        <translation>ルートファイルシステム %1 へのパスがシンボリックリンクを経由しています（実体は %2）。runc はこれを拒否します。</translation>
    </message>
    <message>
        <source>The container&apos;s root is host user %1 in its user namespace, and it may not enter %2; runc fails to mount the root filesystem.</source>
        <translation>コンテナの root はユーザー名前空間内でホストのユーザー %1 であり、%2 に入れません。runc はルートファイルシステムのマウントに失敗します。</translation>
    </message>
    <message>
        <source>The namespace file %1 does not exist on this machine; runc refuses to join it.</source>
        <translation>名前空間ファイル %1 がこのマシンに存在しません。runc は参加を拒否します。</translation>
    </message>
    <message>
        <source>The bind source %1 does not exist on this machine; runc refuses to start.</source>
        <translation>バインドのソース %1 がこのマシンに存在しません。runc は開始を拒否します。</translation>
    </message>
    <message>
        <source>This kernel does not know the file system type %1 (see /proc/filesystems); the mount will fail.</source>
        <translation>このカーネルはファイルシステムタイプ %1 を知りません（/proc/filesystems を参照）。マウントは失敗します。</translation>
    </message>
    <message>
        <source>The hook program %1 is not an executable file on this machine.</source>
        <translation>フックのプログラム %1 は、このマシン上で実行可能なファイルではありません。</translation>
    </message>
    <message>
        <source>This configuration is rootful and needs root to run. Run the editor as root, or take the rootless route: add a user namespace with UID and GID mappings for your user, and run with --rootless and a state directory under $XDG_RUNTIME_DIR.</source>
        <translation>この設定はルートフルで、実行には root が必要です。エディターを root として実行するか、ルートレスの方法を取ってください：自分のユーザー用の UID と GID のマッピングを持つユーザー名前空間を追加し、--rootless と $XDG_RUNTIME_DIR 以下の状態ディレクトリで実行します。</translation>
    </message>
    <message>
        <source>SELinux is not enabled on this machine; runc refuses a configuration with an SELinux label.</source>
        <translation>このマシンでは SELinux が有効になっていません。runc は SELinux ラベルのある設定を拒否します。</translation>
    </message>
    <message>
        <source>AppArmor is not enabled on this machine; runc cannot apply the profile and refuses to start.</source>
        <translation>このマシンでは AppArmor が有効になっていません。runc はプロファイルを適用できず、開始を拒否します。</translation>
    </message>
    <message>
        <source>runc runs here without CAP_SYS_RESOURCE and cannot set an OOM score below its own (%1).</source>
        <translation>ここでは runc が CAP_SYS_RESOURCE なしで実行されるため、OOM スコアを自身の値（%1）より低く設定できません。</translation>
    </message>
    <message>
        <source>runc runs here without CAP_SYS_RESOURCE and cannot raise the hard limit above its own (%1).</source>
        <translation>ここでは runc が CAP_SYS_RESOURCE なしで実行されるため、ハードリミットを自身の値（%1）より高くできません。</translation>
    </message>
    <message>
        <source>This machine does not use cgroup v2 alone; runc refuses unified settings here.</source>
        <translation>このマシンは cgroup v2 だけを使っていません。runc はここでは unified の設定を拒否します。</translation>
    </message>
    <message>
        <source>The block I/O controller of this machine has no %1 file (its I/O scheduler keeps no weights); runc refuses to start.</source>
        <translation>このマシンのブロック I/O コントローラーには %1 ファイルがありません（I/O スケジューラーが重みを保持しません）。runc は開始を拒否します。</translation>
    </message>
    <message>
        <source>This machine has no memory node %1; runc refuses to start.</source>
        <translation>このマシンにはメモリノード %1 がありません。runc は開始を拒否します。</translation>
    </message>
    <message>
        <source>This machine has no CPU %1 online; runc refuses to start.</source>
        <translation>このマシンでは CPU %1 がオンラインではありません。runc は開始を拒否します。</translation>
    </message>
    <message>
        <source>This kernel has no setting %1 under /proc/sys; runc will fail to write it.</source>
        <translation>このカーネルには /proc/sys 以下に設定 %1 がありません。runc は書き込みに失敗します。</translation>
    </message>
    <message>
        <source>Mounting on %1 hides mount %2, which was mounted earlier at or below it.</source>
        <translation>%1 へのマウントは、それより前にその位置か下位にマウントされたマウント %2 を隠します。</translation>
    </message>
    <message>
        <source>An ID-mapped mount needs both uidMappings and gidMappings.</source>
        <translation>IDマップトマウントには uidMappings と gidMappings の両方が必要です。</translation>
    </message>
    <message>
        <source>Add the idmap or ridmap option, otherwise older runtimes silently ignore the mappings.</source>
        <translation>idmap または ridmap オプションを追加してください。そうしないと、古いランタイムはマッピングを黙って無視します。</translation>
    </message>
    <message>
        <source>An idmap mount without its own mappings borrows the container&apos;s user namespace, but there is none.</source>
        <translation>独自のマッピングを持たない idmap マウントはコンテナのユーザー名前空間を借用しますが、ユーザー名前空間がありません。</translation>
    </message>
    <message>
        <source>runc only mounts a proc file system on /proc and refuses anything else there.</source>
        <translation>runc は /proc には proc ファイルシステムしかマウントせず、それ以外は拒否します。</translation>
    </message>
    <message>
        <source>runc refuses mounts inside /proc, except on the few files lxcfs emulates such as /proc/meminfo.</source>
        <translation>runc は /proc 内へのマウントを拒否します。例外は /proc/meminfo など lxcfs がエミュレートする少数のファイルです。</translation>
    </message>
    <message>
        <source>The %1 namespace is listed more than once.</source>
        <translation>%1 名前空間が複数回記載されています。</translation>
    </message>
    <message>
        <source>runc 1.1 does not know the time namespace and refuses the configuration; crun supports it.</source>
        <translation>runc 1.1 は time 名前空間を知らず、設定を拒否します。crun は対応しています。</translation>
    </message>
    <message>
        <source>ID mappings only take effect in a user namespace, and runc ignores them without one; add one to linux.namespaces.</source>
        <translation>IDマッピングはユーザー名前空間内でのみ有効で、ユーザー名前空間がなければ runc は無視します。linux.namespaces に追加してください。</translation>
    </message>
    <message>
        <source>Setting %1 needs a UTS namespace of the container&apos;s own; add one to linux.namespaces.</source>
        <translation>%1 を設定するには、コンテナ専用の UTS 名前空間が必要です。linux.namespaces に追加してください。</translation>
    </message>
    <message>
        <source>The kernel takes host names of at most 64 bytes; runc refuses a longer one.</source>
        <translation>カーネルが受け付けるホスト名は最大 64 バイトです。runc はそれより長いものを拒否します。</translation>
    </message>
    <message>
        <source>Setting domainname needs a UTS namespace of the container&apos;s own; runc 1.1 ignores domainname, newer runtimes refuse it.</source>
        <translation>domainname を設定するには、コンテナ専用の UTS 名前空間が必要です。runc 1.1 は domainname を無視し、新しいランタイムは拒否します。</translation>
    </message>
    <message>
        <source>Masked and read-only paths need a mount namespace of the container&apos;s own; runc refuses them without one.</source>
        <translation>マスクするパスと読み取り専用パスには、コンテナ専用のマウント名前空間が必要です。それがなければ runc は拒否します。</translation>
    </message>
    <message>
        <source>Time offsets need a time namespace; add one to linux.namespaces.</source>
        <translation>時刻のオフセットには time 名前空間が必要です。linux.namespaces に追加してください。</translation>
    </message>
    <message>
        <source>%1 would change the host&apos;s network settings; it needs a network namespace.</source>
        <translation>%1 はホストのネットワーク設定を変更してしまいます。ネットワーク名前空間が必要です。</translation>
    </message>
    <message>
        <source>%1 would change the host&apos;s IPC settings; it needs an IPC namespace.</source>
        <translation>%1 はホストの IPC 設定を変更してしまいます。IPC 名前空間が必要です。</translation>
    </message>
    <message>
        <source>runc refuses kernel.hostname because it competes with the hostname field; set hostname instead.</source>
        <translation>kernel.hostname は hostname フィールドと競合するため、runc は拒否します。代わりに hostname を設定してください。</translation>
    </message>
    <message>
        <source>%1 would change the host&apos;s name; it needs a UTS namespace.</source>
        <translation>%1 はホストの名前を変更してしまいます。UTS 名前空間が必要です。</translation>
    </message>
    <message>
        <source>%1 is not isolated by any namespace; setting it would affect the whole host, and runc refuses it.</source>
        <translation>%1 はどの名前空間でも分離されていません。設定するとホスト全体に影響するため、runc は拒否します。</translation>
    </message>
    <message>
        <source>The configuration has no root filesystem; only Hyper-V containers on Windows go without root.</source>
        <translation>設定にルートファイルシステムがありません。root なしで動作するのは Windows の Hyper-V コンテナだけです。</translation>
    </message>
    <message>
        <source>layerFolders needs at least one entry: the container&apos;s scratch folder, after the image&apos;s layers.</source>
        <translation>layerFolders には、イメージのレイヤーの後にコンテナのスクラッチフォルダーとして少なくとも 1 つのエントリが必要です。</translation>
    </message>
    <message>
        <source>%1 and %2 are alternative ways to limit the processors; Windows takes only one of count, shares and maximum.</source>
        <translation>%1 と %2 はプロセッサを制限する別々の方法です。Windows は count、shares、maximum のうち 1 つしか受け付けません。</translation>
    </message>
    <message>
        <source>CPU shares range from 0 to 10000.</source>
        <translation>CPU シェアの範囲は 0〜10000 です。</translation>
    </message>
    <message>
        <source>The CPU maximum counts processor cycles out of every 10000 and cannot exceed 10000.</source>
        <translation>CPU の maximum は 10000 あたりのプロセッササイクル数で、10000 を超えることはできません。</translation>
    </message>
    <message>
        <source>Write affinity as a list of mask and group entries: runtimes built on the specification&apos;s Go types cannot read the single object the JSON schema allows.</source>
        <translation>affinity は mask と group のエントリのリストとして書いてください：仕様の Go の型で作られたランタイムは、JSON スキーマが許す単一オブジェクトの形式を読み取れません。</translation>
    </message>
    <message>
        <source>A network namespace brings its own endpoints and settings; leave the other network fields out when networkNamespace is set.</source>
        <translation>ネットワーク名前空間は独自のエンドポイントと設定を持ちます。networkNamespace を設定する場合は、他のネットワークフィールドを省略してください。</translation>
    </message>
    <message>
        <source>A Hyper-V container must not set root: its filesystem is assembled inside the utility VM from the layer folders.</source>
        <translation>Hyper-V コンテナでは root を設定してはいけません：ファイルシステムはユーティリティ VM 内でレイヤーフォルダーから組み立てられます。</translation>
    </message>
    <message>
        <source>On Windows root.path must be a volume GUID path such as \\?\Volume{GUID}\, not &quot;%1&quot;.</source>
        <translation>Windows では root.path は「%1」ではなく、\\?\Volume{GUID}\ のようなボリューム GUID パスでなければなりません。</translation>
    </message>
    <message>
        <source>Windows cannot make the root filesystem read-only; leave readonly out or set it to false.</source>
        <translation>Windows はルートファイルシステムを読み取り専用にできません。readonly を省略するか false に設定してください。</translation>
    </message>
    <message>
        <source>The process has nothing to run: a Windows process needs commandLine or at least one entry in args.</source>
        <translation>プロセスに実行するものがありません：Windows のプロセスには commandLine か、args に少なくとも 1 つのエントリが必要です。</translation>
    </message>
    <message>
        <source>Windows mounts only local directories of the host; the network path %1 is not supported.</source>
        <translation>Windows がマウントできるのはホストのローカルディレクトリだけです。ネットワークパス %1 には対応していません。</translation>
    </message>
    <message>
        <source>Windows does not allow mount destinations inside one another, but %1 and the destination of mount %2 are nested.</source>
        <translation>Windows ではマウント先を入れ子にできませんが、%1 とマウント %2 のマウント先が入れ子になっています。</translation>
    </message>
    <message>
        <source>enforceStatfs takes 0 (all mounts visible), 1 (mounts below the jail&apos;s root) or 2 (only the root).</source>
        <translation>enforceStatfs には 0（すべてのマウントが見える）、1（jail のルート以下のマウント）、2（ルートのみ）を指定します。</translation>
    </message>
    <message>
        <source>The configuration has no root filesystem; Linux runtimes need root.path.</source>
        <translation>設定にルートファイルシステムがありません。Linux のランタイムには root.path が必要です。</translation>
    </message>
    <message>
        <source>The configuration has no process; runc refuses to create a container without one.</source>
        <translation>設定に process がありません。runc は process のないコンテナの作成を拒否します。</translation>
    </message>
    <message>
        <source>The process needs at least one argument: the program to run.</source>
        <translation>プロセスには少なくとも 1 つの引数（実行するプログラム）が必要です。</translation>
    </message>
    <message>
        <source>oomScoreAdj must lie between -1000 and 1000; the kernel rejects %1.</source>
        <translation>oomScoreAdj は -1000〜1000 の範囲でなければなりません。カーネルは %1 を拒否します。</translation>
    </message>
    <message>
        <source>The I/O priority level must lie between 0 and 7.</source>
        <translation>I/O 優先度のレベルは 0〜7 の範囲でなければなりません。</translation>
    </message>
    <message>
        <source>runc accepts user and group IDs up to %1 only and refuses to start.</source>
        <translation>runc が受け付けるユーザー ID とグループ ID は %1 までで、それを超えると開始を拒否します。</translation>
    </message>
    <message>
        <source>%1 needs a priority between 1 and 99.</source>
        <translation>%1 には 1〜99 の優先度が必要です。</translation>
    </message>
    <message>
        <source>%1 only accepts priority 0.</source>
        <translation>%1 は優先度 0 しか受け付けません。</translation>
    </message>
    <message>
        <source>The nice value must lie between -20 and 19.</source>
        <translation>nice 値は -20〜19 の範囲でなければなりません。</translation>
    </message>
    <message>
        <source>SCHED_DEADLINE needs runtime ≤ deadline ≤ period.</source>
        <translation>SCHED_DEADLINE では runtime ≤ deadline ≤ period でなければなりません。</translation>
    </message>
    <message>
        <source>The variable contains a NUL character; runc refuses to start the process.</source>
        <translation>変数に NUL 文字が含まれています。runc はプロセスの開始を拒否します。</translation>
    </message>
    <message>
        <source>The variable %1 is set more than once; only one value takes effect.</source>
        <translation>変数 %1 が複数回設定されています。有効になる値は 1 つだけです。</translation>
    </message>
    <message>
        <source>%1 is effective but not permitted; the kernel refuses such a capability set.</source>
        <translation>%1 は実効セットにありますが許可セットにありません。カーネルはこのようなケーパビリティセットを拒否します。</translation>
    </message>
    <message>
        <source>%1 is ambient but not both permitted and inheritable; the kernel will drop it.</source>
        <translation>%1 はアンビエントセットにありますが、許可セットと継承可能セットの両方にはありません。カーネルはこれを破棄します。</translation>
    </message>
    <message>
        <source>%1 is limited more than once; the specification forbids that (runc 1.1 sets each in turn, so the last one counts).</source>
        <translation>%1 が複数回制限されています。仕様はこれを禁止しています（runc 1.1 は順に設定するため、最後のものが有効になります）。</translation>
    </message>
    <message>
        <source>The soft limit %1 is above the hard limit %2.</source>
        <translation>ソフトリミット %1 がハードリミット %2 を超えています。</translation>
    </message>
    <message>
        <source>Memory sizes cannot be negative; only -1 (unlimited) is allowed.</source>
        <translation>メモリサイズは負の値にできません。-1（無制限）だけが使えます。</translation>
    </message>
    <message>
        <source>A memory limit below %1 bytes is smaller than runc&apos;s own start-up process, and runc fails to set it.</source>
        <translation>%1 バイト未満のメモリ制限は runc 自身の起動プロセスより小さいため、runc は設定に失敗します。</translation>
    </message>
    <message>
        <source>swap limits memory plus swap and needs a memory limit; runc refuses it without one.</source>
        <translation>swap はメモリとスワップの合計を制限するため、メモリ制限が必要です。メモリ制限がなければ runc は拒否します。</translation>
    </message>
    <message>
        <source>swap counts memory plus swap, so it must be at least the memory limit (%1).</source>
        <translation>swap はメモリとスワップの合計なので、メモリ制限（%1）以上でなければなりません。</translation>
    </message>
    <message>
        <source>The reservation is above the memory limit (%1) and can never be reached.</source>
        <translation>予約がメモリ制限（%1）を超えているため、決して到達しません。</translation>
    </message>
    <message>
        <source>Swappiness must lie between 0 and 100.</source>
        <translation>swappiness は 0〜100 の範囲でなければなりません。</translation>
    </message>
    <message>
        <source>CPU shares must lie between 2 and 262144; runc refuses %1.</source>
        <translation>CPU シェアは 2〜262144 の範囲でなければなりません。runc は %1 を拒否します。</translation>
    </message>
    <message>
        <source>The CPU period must lie between 1000 and 1000000 microseconds; the kernel refuses %1.</source>
        <translation>CPU 周期は 1000〜1000000 マイクロ秒の範囲でなければなりません。カーネルは %1 を拒否します。</translation>
    </message>
    <message>
        <source>The CPU quota must be at least 1000 microseconds (or negative for no limit); the kernel refuses %1.</source>
        <translation>CPU クォータは 1000 マイクロ秒以上（制限なしの場合は負の値）でなければなりません。カーネルは %1 を拒否します。</translation>
    </message>
    <message>
        <source>The burst must not be larger than the quota (%1).</source>
        <translation>バーストはクォータ（%1）より大きくできません。</translation>
    </message>
    <message>
        <source>Block I/O weights must lie between 10 and 1000; the kernel refuses %1.</source>
        <translation>ブロック I/O の重みは 10〜1000 の範囲でなければなりません。カーネルは %1 を拒否します。</translation>
    </message>
    <message>
        <source>The task limit cannot be negative; runc treats it as no limit. Use -1 for that.</source>
        <translation>タスク制限は負の値にできません。runc は制限なしとして扱います。制限なしには -1 を使ってください。</translation>
    </message>
    <message>
        <source>A device weight entry needs weight, leafWeight or both.</source>
        <translation>デバイスの重みのエントリには weight、leafWeight、またはその両方が必要です。</translation>
    </message>
    <message>
        <source>An RDMA entry needs hcaHandles, hcaObjects or both.</source>
        <translation>RDMA のエントリには hcaHandles、hcaObjects、またはその両方が必要です。</translation>
    </message>
    <message>
        <source>%1 takes no nodes.</source>
        <translation>%1 はノードを取りません。</translation>
    </message>
    <message>
        <source>%1 needs at least one node.</source>
        <translation>%1 には少なくとも 1 つのノードが必要です。</translation>
    </message>
    <message>
        <source>MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES exclude each other.</source>
        <translation>MPOL_F_STATIC_NODES と MPOL_F_RELATIVE_NODES は同時に指定できません。</translation>
    </message>
    <message>
        <source>The root filesystem %1 is empty; it may be mounted at run time, so its contents are not checked.</source>
        <translation>ルートファイルシステム %1 は空です。実行時にマウントされる可能性があるため、内容は確認しません。</translation>
    </message>
    <message>
        <source>The mount point %1 leads through the link %2, which points out of the root filesystem; runc keeps it inside and mounts on %3.</source>
        <translation>マウントポイント %1 はリンク %2 を経由しており、そのリンクはルートファイルシステムの外を指しています。runc はルートファイルシステム内にとどめ、%3 にマウントします。</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not a directory, so runc cannot create the mount point %2 under it.</source>
        <translation>ルートファイルシステム内の %1 はディレクトリではないため、runc はその下にマウントポイント %2 を作成できません。</translation>
    </message>
    <message>
        <source>The mount point %1 is not an ordinary directory in the root filesystem; runc refuses to mount %2 there.</source>
        <translation>マウントポイント %1 はルートファイルシステム内の通常のディレクトリではありません。runc はそこへの %2 のマウントを拒否します。</translation>
    </message>
    <message>
        <source>The mount point %1 is a file in the root filesystem, and a %2 file system can only be mounted on a directory; runc fails with &quot;not a directory&quot;.</source>
        <translation>マウントポイント %1 はルートファイルシステム内のファイルですが、%2 ファイルシステムはディレクトリにしかマウントできません。runc は「not a directory」で失敗します。</translation>
    </message>
    <message>
        <source>The mount point %1 is a file in the root filesystem, and the bind source %2 is a directory; a directory cannot be mounted on a file, so runc fails with &quot;not a directory&quot;.</source>
        <translation>マウントポイント %1 はルートファイルシステム内のファイルで、バインドのソース %2 はディレクトリです。ディレクトリはファイルにマウントできないため、runc は「not a directory」で失敗します。</translation>
    </message>
    <message>
        <source>The mount point %1 is a directory in the root filesystem, and the bind source %2 is a file; a file cannot be mounted on a directory, so runc fails with &quot;not a directory&quot;.</source>
        <translation>マウントポイント %1 はルートファイルシステム内のディレクトリで、バインドのソース %2 はファイルです。ファイルはディレクトリにマウントできないため、runc は「not a directory」で失敗します。</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not a directory, so runc cannot create the working directory %2 under it.</source>
        <translation>ルートファイルシステム内の %1 はディレクトリではないため、runc はその下に作業ディレクトリ %2 を作成できません。</translation>
    </message>
    <message>
        <source>The working directory %1 is a file in the root filesystem; runc fails to create or enter it.</source>
        <translation>作業ディレクトリ %1 はルートファイルシステム内のファイルです。runc はその作成にも移動にも失敗します。</translation>
    </message>
    <message>
        <source>process.env sets no PATH, and runc looks for %1 only in the process&apos;s own PATH; it fails with &quot;executable file not found in $PATH&quot;. Give the full path or set PATH.</source>
        <translation>process.env に PATH が設定されておらず、runc は %1 をプロセス自身の PATH でしか探しません。「executable file not found in $PATH」で失敗します。フルパスを指定するか、PATH を設定してください。</translation>
    </message>
    <message>
        <source>runc finds %1 as %2 through the relative PATH directory %3, and refuses to run a program found relative to the working directory. Use absolute directories in PATH.</source>
        <translation>runc は相対パスの PATH ディレクトリ %3 を通じて %1 を %2 として見つけますが、作業ディレクトリからの相対で見つかったプログラムの実行は拒否します。PATH には絶対パスのディレクトリを使ってください。</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not an executable file (mode %2), and no other directory of the process&apos;s PATH has %3; runc fails with &quot;executable file not found in $PATH&quot;.</source>
        <translation>ルートファイルシステム内の %1 は実行可能ファイルではなく（モード %2）、プロセスの PATH の他のディレクトリにも %3 はありません。runc は「executable file not found in $PATH」で失敗します。</translation>
    </message>
    <message>
        <source>%1 is in no directory of the process&apos;s PATH (%2) in the root filesystem; runc fails with &quot;executable file not found in $PATH&quot;.</source>
        <translation>%1 はルートファイルシステム内で、プロセスの PATH（%2）のどのディレクトリにもありません。runc は「executable file not found in $PATH」で失敗します。</translation>
    </message>
    <message>
        <source>%1 does not exist in the root filesystem; runc fails with &quot;no such file or directory&quot;.</source>
        <translation>%1 はルートファイルシステム内に存在しません。runc は「no such file or directory」で失敗します。</translation>
    </message>
    <message>
        <source>%1 in the root filesystem is not a directory, so %2 cannot exist; runc fails with &quot;not a directory&quot;.</source>
        <translation>ルートファイルシステム内の %1 はディレクトリではないため、%2 は存在できません。runc は「not a directory」で失敗します。</translation>
    </message>
    <message>
        <source>Looking up %1 in the root filesystem follows more than %2 links; runc fails with &quot;too many levels of symbolic links&quot;.</source>
        <translation>ルートファイルシステム内で %1 を探すと、%2 個を超えるリンクをたどります。runc は「too many levels of symbolic links」で失敗します。</translation>
    </message>
    <message>
        <source>%1 is a directory in the root filesystem, not a program; runc fails with &quot;permission denied&quot;.</source>
        <translation>%1 はルートファイルシステム内のディレクトリで、プログラムではありません。runc は「permission denied」で失敗します。</translation>
    </message>
    <message>
        <source>%1 in the root filesystem has no execute permission (mode %2); runc fails with &quot;permission denied&quot;.</source>
        <translation>ルートファイルシステム内の %1 には実行権限がありません（モード %2）。runc は「permission denied」で失敗します。</translation>
    </message>
    <message>
        <source>User %1 may not execute %2 (mode %3, owner %4, group %5), and the process lacks CAP_DAC_OVERRIDE; runc fails with &quot;permission denied&quot;.</source>
        <translation>ユーザー %1 は %2 を実行できず（モード %3、所有者 %4、グループ %5）、プロセスには CAP_DAC_OVERRIDE もありません。runc は「permission denied」で失敗します。</translation>
    </message>
    <message>
        <source>%1 is a script for %2, which does not exist in the root filesystem; the kernel fails to start it with &quot;no such file or directory&quot;.</source>
        <translation>%1 は %2 用のスクリプトですが、%2 はルートファイルシステム内に存在しません。カーネルは「no such file or directory」で起動に失敗します。</translation>
    </message>
    <message>
        <source>%1 is a script for %2, which is not an executable file in the root filesystem; the kernel fails to start it with &quot;permission denied&quot;.</source>
        <translation>%1 は %2 用のスクリプトですが、%2 はルートファイルシステム内で実行可能ファイルではありません。カーネルは「permission denied」で起動に失敗します。</translation>
    </message>
    <message>
        <source>%1 is neither an ELF program nor a script starting with #!, and no binfmt_misc handler takes it; the kernel refuses to run it (exec format error).</source>
        <translation>%1 は ELF プログラムでも #! で始まるスクリプトでもなく、対応する binfmt_misc ハンドラーもありません。カーネルは実行を拒否します（exec format error）。</translation>
    </message>
    <message>
        <source>%1 ends inside its ELF headers; the kernel refuses to run it (exec format error).</source>
        <translation>%1 は ELF ヘッダーの途中で終わっています。カーネルは実行を拒否します（exec format error）。</translation>
    </message>
    <message>
        <source>%1 has ELF headers the kernel refuses; it does not run (exec format error).</source>
        <translation>%1 の ELF ヘッダーはカーネルに拒否されます。実行できません（exec format error）。</translation>
    </message>
    <message>
        <source>%1 is an ELF object or core file, not a program; the kernel refuses to run it (exec format error).</source>
        <translation>%1 は ELF オブジェクトまたはコアファイルで、プログラムではありません。カーネルは実行を拒否します（exec format error）。</translation>
    </message>
    <message>
        <source>%1 is a program for %2; this machine is %3 and has no binfmt_misc handler for it, so the kernel refuses to run it (exec format error).</source>
        <translation>%1 は %2 用のプログラムです。このマシンは %3 で、対応する binfmt_misc ハンドラーがないため、カーネルは実行を拒否します（exec format error）。</translation>
    </message>
    <message>
        <source>%1 is a program for %2, which this machine runs through the binfmt_misc handler %3. That handler lacks the F flag, so its interpreter %4 must exist in the root filesystem, and it does not.</source>
        <translation>%1 は %2 用のプログラムで、このマシンは binfmt_misc ハンドラー %3 を通じて実行します。このハンドラーには F フラグがないため、インタープリター %4 がルートファイルシステム内に存在する必要がありますが、存在しません。</translation>
    </message>
    <message>
        <source>%1 is a program for %2; this machine is %3 and runs it only through the binfmt_misc handler %4 (%5), emulated and slower.</source>
        <translation>%1 は %2 用のプログラムです。このマシンは %3 で、binfmt_misc ハンドラー %4（%5）を通じてエミュレーションでのみ実行するため、低速です。</translation>
    </message>
    <message>
        <source>%1 needs the program interpreter %2, which does not exist in the root filesystem; the kernel fails to start it with &quot;no such file or directory&quot;.</source>
        <translation>%1 にはプログラムインタープリター %2 が必要ですが、ルートファイルシステム内に存在しません。カーネルは「no such file or directory」で起動に失敗します。</translation>
    </message>
    <message>
        <source>User ID %1 has no entry in /etc/passwd of the root filesystem; runc runs the process with that ID all the same, with HOME=/ unless process.env sets HOME.</source>
        <translation>ユーザー ID %1 にはルートファイルシステムの /etc/passwd にエントリがありません。それでも runc はその ID でプロセスを実行し、process.env で HOME を設定しない限り HOME=/ になります。</translation>
    </message>
    <message>
        <source>Group ID %1 has no entry in /etc/group of the root filesystem; runc runs the process with that ID all the same.</source>
        <translation>グループ ID %1 にはルートファイルシステムの /etc/group にエントリがありません。それでも runc はその ID でプロセスを実行します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the runtime specification; runtimes will ignore it.</source>
        <translation>「%1」はランタイム仕様のフィールドではありません。ランタイムは無視します。</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation>必須フィールド「%1」がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deprecated by the runtime specification.</source>
        <translation>「%1」はランタイム仕様で非推奨です。</translation>
    </message>
    <message>
        <source>This field was removed in runtime-spec %1; the document declares a later version.</source>
        <translation>このフィールドは runtime-spec %1 で削除されましたが、ドキュメントはそれより後のバージョンを宣言しています。</translation>
    </message>
    <message>
        <source>This field was added in runtime-spec %1, but ociVersion is %2; older runtimes may ignore it.</source>
        <translation>このフィールドは runtime-spec %1 で追加されましたが、ociVersion は %2 です。古いランタイムは無視する可能性があります。</translation>
    </message>
    <message>
        <source>The value does not fit the allowed range (%1).</source>
        <translation>値が許可された範囲（%1）に収まりません。</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>%1 が必要ですが、%2 です。</translation>
    </message>
    <message>
        <source>The value %1 is outside the allowed range (%2).</source>
        <translation>値 %1 は許可された範囲（%2）外です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: %2.</source>
        <translation>「%1」は許可された値ではありません：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added in runtime-spec %2, but ociVersion is %3; older runtimes may not know it.</source>
        <translation>「%1」は runtime-spec %2 で追加されましたが、ociVersion は %3 です。古いランタイムは認識しない可能性があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SemVer 2.0.0 version such as 1.2.0.</source>
        <translation>「%1」は 1.2.0 のような SemVer 2.0.0 のバージョンではありません。</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; must be absolute.</source>
        <translation>パス「%1」は絶対パスでなければなりません。</translation>
    </message>
    <message>
        <source>The mount destination &quot;%1&quot; is relative; it is taken as relative to / but should be written as an absolute path.</source>
        <translation>マウント先「%1」は相対パスです。/ からの相対パスとして扱われますが、絶対パスで書くべきです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form NAME=value.</source>
        <translation>「%1」は NAME=value の形式ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of numbers and ranges such as 0-3,7.</source>
        <translation>「%1」は 0-3,7 のような数値と範囲のリストではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page size such as 2MB or 1GB.</source>
        <translation>「%1」は 2MB や 1GB のようなページサイズではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only contain the letters r, w and m.</source>
        <translation>「%1」に使えるのは文字 r、w、m だけです。</translation>
    </message>
    <message>
        <source>The memory bandwidth schema must be one line starting with &quot;MB:&quot;.</source>
        <translation>メモリ帯域幅スキーマは「MB:」で始まる 1 行でなければなりません。</translation>
    </message>
    <message>
        <source>The value must not contain a line break.</source>
        <translation>値に改行を含めることはできません。</translation>
    </message>
    <message>
        <source>The L3 cache schema should start with &quot;L3:&quot;.</source>
        <translation>L3 キャッシュスキーマは「L3:」で始めてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capability name; names look like CAP_NET_BIND_SERVICE.</source>
        <translation>「%1」はケーパビリティ名ではありません。名前は CAP_NET_BIND_SERVICE のような形式です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capability this editor knows. The specification requires runtimes to refuse it; runc 1.1 only warns and skips it.</source>
        <translation>「%1」はこのエディターが知らないケーパビリティです。仕様はランタイムに拒否を求めていますが、runc 1.1 は警告してスキップするだけです。</translation>
    </message>
    <message>
        <source>listenerMetadata may only be set together with listenerPath.</source>
        <translation>listenerMetadata は listenerPath と一緒にのみ設定できます。</translation>
    </message>
    <message>
        <source>SCMP_ACT_NOTIFY cannot be the default action: the agent would be asked about every system call.</source>
        <translation>SCMP_ACT_NOTIFY はデフォルトのアクションにできません：すべてのシステムコールについてエージェントに問い合わせることになります。</translation>
    </message>
    <message>
        <source>%1 does not return an error number; runtimes refuse defaultErrnoRet with it.</source>
        <translation>%1 はエラー番号を返しません。ランタイムはこれと defaultErrnoRet の組み合わせを拒否します。</translation>
    </message>
    <message>
        <source>A rule must name at least one system call.</source>
        <translation>ルールには少なくとも 1 つのシステムコールを指定する必要があります。</translation>
    </message>
    <message>
        <source>SCMP_ACT_NOTIFY needs listenerPath, the socket of the agent to notify.</source>
        <translation>SCMP_ACT_NOTIFY には、通知先エージェントのソケットである listenerPath が必要です。</translation>
    </message>
    <message>
        <source>%1 does not return an error number; runtimes refuse errnoRet with it.</source>
        <translation>%1 はエラー番号を返しません。ランタイムはこれと errnoRet の組み合わせを拒否します。</translation>
    </message>
    <message>
        <source>System calls have at most six arguments (index 0 to 5).</source>
        <translation>システムコールの引数は最大 6 個です（インデックス 0〜5）。</translation>
    </message>
    <message>
        <source>runc 1.1 supports no seccomp flags and refuses the configuration; remove them or use crun.</source>
        <translation>runc 1.1 は seccomp フラグに対応しておらず、設定を拒否します。フラグを削除するか crun を使ってください。</translation>
    </message>
    <message>
        <source>runc 1.1 does not know the architecture %1 and refuses the configuration.</source>
        <translation>runc 1.1 はアーキテクチャ %1 を知らず、設定を拒否します。</translation>
    </message>
    <message>
        <source>An empty system call name is not valid; runc refuses it.</source>
        <translation>空のシステムコール名は無効です。runc は拒否します。</translation>
    </message>
    <message>
        <source>runc writes to its parent after installing the filter, so it refuses SCMP_ACT_NOTIFY for write.</source>
        <translation>runc はフィルターを設定した後に親プロセスへ書き込むため、write に対する SCMP_ACT_NOTIFY を拒否します。</translation>
    </message>
    <message>
        <source>No listed architecture has a system call named %1; runc ignores it without a word.</source>
        <translation>記載されたどのアーキテクチャにも %1 という名前のシステムコールはありません。runc は何も言わずに無視します。</translation>
    </message>
    <message>
        <source>The file starts with a byte order mark. runc reads config.json with Go&apos;s JSON decoder, which refuses it; save the file as UTF-8 without one.</source>
        <translation>ファイルがバイトオーダーマークで始まっています。runc は Go の JSON デコーダーで config.json を読み込み、これを拒否します。BOM なしの UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>runc reads config.json with Go&apos;s JSON decoder, which refuses -0 for a field without a sign; write 0.</source>
        <translation>runc は Go の JSON デコーダーで config.json を読み込むため、符号なしのフィールドに対する -0 は拒否されます。0 と書いてください。</translation>
    </message>
    <message>
        <source>The container has a user namespace but no %1; runc refuses to start without them.</source>
        <translation>コンテナにはユーザー名前空間がありますが、%1 がありません。これがないと runc は開始を拒否します。</translation>
    </message>
    <message>
        <source>%1 gives the container&apos;s %2 0 no host ID; runc needs it for the container&apos;s root and refuses to start.</source>
        <translation>%1 はコンテナの %2 0 にホスト ID を割り当てていません。runc はコンテナの root にこれを必要とし、開始を拒否します。</translation>
    </message>
    <message>
        <source>The process runs as %1 %2, which %3 does not map; runc refuses to start it.</source>
        <translation>プロセスは %1 %2 として実行されますが、%3 はこれをマッピングしていません。runc は開始を拒否します。</translation>
    </message>
    <message>
        <source>Version %1 is not a 1.x release; this editor only knows the rules of runtime-spec 1.x.</source>
        <translation>バージョン %1 は 1.x リリースではありません。このエディターが知っているのは runtime-spec 1.x のルールだけです。</translation>
    </message>
    <message>
        <source>Version %1 is newer than %2, the latest this editor knows; newer fields are reported as unknown.</source>
        <translation>バージョン %1 は、このエディターが知っている最新の %2 より新しいです。新しいフィールドは不明なフィールドとして報告されます。</translation>
    </message>
</context>
<context>
    <name>ValuePlacement</name>
    <message>
        <source>The whole configuration must be a JSON object.</source>
        <translation>設定全体が JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>Cannot set a value %1 levels deep: a configuration nests at most %2 levels.</source>
        <translation>%1 段階の深さに値を設定できません：設定の入れ子は最大 %2 段階です。</translation>
    </message>
    <message numerus="yes">
        <source>Cannot set %1: the array has %n element(s); use an index below that, or &quot;-&quot; to append.</source>
        <translation>
            <numerusform>%1 を設定できません：配列の要素は %n 個です。それより小さいインデックスを使うか、末尾に追加するには「-」を使ってください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot set %1: %2 holds a %3 value, not an object or array.</source>
        <translation>%1 を設定できません：%2 の値は%3で、オブジェクトでも配列でもありません。</translation>
    </message>
    <message>
        <source>Cannot set %1: &quot;-&quot; appends to an array, and there is none at %2 yet.</source>
        <translation>%1 を設定できません：「-」は配列の末尾に追加しますが、%2 にはまだ配列がありません。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;OCI Bundle Editor&lt;/h2&gt;&lt;p&gt;A bundle is a directory with a config.json, which says how to run a container, and the root filesystem it runs in. Open one to edit, check and run it, or start a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OCI Bundle Editor&lt;/h2&gt;&lt;p&gt;バンドルとは、コンテナの実行方法を記述した config.json と、コンテナが動作するルートファイルシステムを含むディレクトリです。バンドルを開いて編集、確認、実行するか、新しく作成してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>Open Bundle…</source>
        <translation>バンドルを開く…</translation>
    </message>
    <message>
        <source>A bundle directory or its config.json</source>
        <translation>バンドルディレクトリまたはその config.json</translation>
    </message>
    <message>
        <source>New from Template: %1</source>
        <extracomment>%1 is a template&apos;s name, e.g. &quot;runc spec&quot;.</extracomment>
        <translation>テンプレートから新規作成：%1</translation>
    </message>
    <message>
        <source>New from Image…</source>
        <translation>イメージから新規作成…</translation>
    </message>
    <message>
        <source>An OCI image layout, an image archive or a registry image, unpacked into a bundle</source>
        <translation>OCI イメージレイアウト、イメージアーカイブ、またはレジストリのイメージをバンドルに展開します</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>学ぶ</translation>
    </message>
    <message>
        <source>Learn OCI</source>
        <translation>OCI を学ぶ</translation>
    </message>
    <message>
        <source>Bundles, the lifecycle, namespaces, capabilities, mounts, cgroups and hooks, shown with the open bundle&apos;s own values</source>
        <translation>バンドル、ライフサイクル、名前空間、ケーパビリティ、マウント、cgroup、フックを、開いているバンドル自身の値とともに示します</translation>
    </message>
    <message>
        <source>Recent Bundles</source>
        <translation>最近のバンドル</translation>
    </message>
    <message>
        <source>Recent bundles</source>
        <translation>最近のバンドル</translation>
    </message>
    <message>
        <source>Double-click a bundle to open it.</source>
        <translation>バンドルをダブルクリックすると開きます。</translation>
    </message>
    <message>
        <source>Bundles opened before; Enter opens the current one</source>
        <translation>以前に開いたバンドル。Enter キーで現在のバンドルを開きます</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>oci-bundle-editor: cannot load the editor window (%1).
The headless subcommands still work; see oci-bundle-editor --help.
</source>
        <translation>oci-bundle-editor: エディターのウィンドウを読み込めません（%1）。
ヘッドレスのサブコマンドは引き続き使えます。oci-bundle-editor --help を参照してください。
</translation>
    </message>
</context>
</TS>
