// configcheck validates the Docker files of deploy/ without a Docker engine, with the same
// libraries Docker uses: compose-go (behind `docker compose config`) and BuildKit's Dockerfile
// parser and linter (behind `docker build`). Used by deploy/check.sh.
//
//	go run ./deploy/tools/configcheck compose deploy/docker-compose.yml
//	go run ./deploy/tools/configcheck dockerfile deploy/Dockerfile
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
)

func checkCompose(path string) error {
	opts, err := cli.NewProjectOptions([]string{path}, cli.WithOsEnv, cli.WithName("sycomon"))
	if err != nil {
		return err
	}
	project, err := opts.LoadProject(context.Background())
	if err != nil {
		return err
	}
	names := project.ServiceNames()
	fmt.Printf("compose OK: %s (%d services: %s)\n", path, len(names), strings.Join(names, ", "))
	return nil
}

func checkDockerfile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	res, err := parser.Parse(f)
	if err != nil {
		return err
	}
	problems := 0
	for _, w := range res.Warnings {
		fmt.Printf("%s: warning: %s\n", path, w.Short)
		problems++
	}
	lint := linter.New(&linter.Config{Warn: func(rule, _, _, msg string, loc []parser.Range) {
		line := 0
		if len(loc) > 0 {
			line = loc[0].Start.Line
		}
		fmt.Printf("%s:%d: %s: %s\n", path, line, rule, msg)
		problems++
	}})
	stages, _, err := instructions.Parse(res.AST, lint)
	if err != nil {
		return err
	}
	if problems > 0 {
		return fmt.Errorf("%d lint problem(s)", problems)
	}
	fmt.Printf("dockerfile OK: %s (%d stage(s))\n", path, len(stages))
	return nil
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: configcheck compose|dockerfile FILE")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "compose":
		err = checkCompose(os.Args[2])
	case "dockerfile":
		err = checkDockerfile(os.Args[2])
	default:
		err = fmt.Errorf("unknown check %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "INVALID: %s: %v\n", os.Args[2], err)
		os.Exit(1)
	}
}
