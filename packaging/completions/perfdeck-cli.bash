# bash completion for perfdeck-cli. Every option of `perfdeck-cli COMMAND --help` is listed
# in its command's branch: tests/integration/tst_clidocs checks it.
_perfdeck_cli() {
    local cur prev words cword
    _init_completion || return
    local commands="run import stats profile hosts report template shaping history serve qos about"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    local command=${words[1]} opts="" actions="" fileopts="" diropts=""
    case $command in
    run)
        opts="-c --target --engine --profile --set -t --duration -P --parallel -R --reverse --bidir -u --udp -b --bitrate --dscp --pattern -i --interval -O --omit -l --length -w --window -C --congestion --live-text --get-server-output --test --request-size --response-size --confidence-level --confidence-width --max-iterations --min-iterations --netperf --concurrency --repeat --retries --instances --affinity --memory-limit --json --csv --session --iperf3 --keep-raw --quiet --plain --no-dscp-probe --hosts --clients --servers --known-hosts --accept-new-host-keys --max-parallel --max-per-host --report --template --baseline --history-db --no-history --tag --metrics-listen --statsd --influx-file"
        fileopts="--profile --netperf --json --csv --session --iperf3 --hosts --known-hosts --report --template --baseline --history-db --influx-file"
        diropts="--keep-raw"
        ;;
    import)
        opts="--json --salvage --history-db --no-history --tag"
        fileopts="--json --history-db"
        ;;
    stats)
        opts="--baseline --history-db --confidence --json --metric --direction --resamples"
        fileopts="--baseline --history-db"
        ;;
    profile)
        opts="--target --set"
        actions="list show validate"
        ;;
    hosts)
        opts="--hosts --json --out --known-hosts --accept-new-host-keys --max-parallel --host --tools --dry-run --copy --to --history-db --no-history --limit --timeout"
        actions="list check history import deploy"
        fileopts="--hosts --out --known-hosts --copy --history-db"
        ;;
    report)
        opts="--template --out --baseline --context-json --confidence --page-size --time-limit --history-db --no-history"
        fileopts="--template --out --baseline --context-json --history-db"
        ;;
    template)
        opts="--context"
        actions="list show validate"
        fileopts="--context"
        ;;
    shaping)
        opts="--run --json"
        ;;
    history)
        opts="--history-db --client --server --engine --protocol --profile --tag --since --until --limit --window --confidence --json"
        actions="list show trend"
        fileopts="--history-db"
        ;;
    serve)
        opts="--listen --token-file --tls-cert --tls-key --hosts --known-hosts --accept-new-host-keys --iperf3 --history-db --no-history --tag"
        fileopts="--token-file --tls-cert --tls-key --hosts --known-hosts --iperf3 --history-db"
        ;;
    qos)
        opts="--classes --target --hosts --clients --servers --duration --rate --size --interval --ipv6 --bulk --bulk-streams --bulk-target --json --results --probe-path --known-hosts --accept-new-host-keys --history-db --no-history --tag"
        fileopts="--hosts --results --probe-path --known-hosts --history-db"
        ;;
    about)
        opts="--json"
        ;;
    *)
        return
        ;;
    esac
    if [[ " $fileopts " == *" $prev "* ]]; then
        _filedir
        return
    fi
    if [[ " $diropts " == *" $prev "* ]]; then
        _filedir -d
        return
    fi
    case $prev in
    --engine)
        COMPREPLY=($(compgen -W "iperf3 netperf" -- "$cur"))
        return
        ;;
    --test)
        COMPREPLY=($(compgen -W "TCP_STREAM TCP_MAERTS UDP_STREAM TCP_RR TCP_CRR UDP_RR OMNI" \
            -- "$cur"))
        return
        ;;
    --dscp | --bulk)
        COMPREPLY=($(compgen -W "EF AF11 AF12 AF13 AF21 AF22 AF23 AF31 AF32 AF33 AF41 AF42 AF43 \
            CS0 CS1 CS2 CS3 CS4 CS5 CS6 CS7 VA LE" -- "$cur"))
        return
        ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts --help" -- "$cur"))
    elif [[ -n $actions && $cword -eq 2 ]]; then
        COMPREPLY=($(compgen -W "$actions" -- "$cur"))
    else
        _filedir
    fi
} &&
    complete -F _perfdeck_cli perfdeck-cli
