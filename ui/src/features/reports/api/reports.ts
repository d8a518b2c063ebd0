import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { asFile, saveDownload } from '@/lib/download';

type S = components['schemas'];
export type ProgrammeReport = S['Reporting.ProgrammeReport'];
export type RuedaReport = S['Reporting.RuedaReport'];
export type Progress = S['Reporting.Progress'];
export type Targets = S['Reporting.Targets'];

const keys = {
  programme: ['reports', 'programme'] as const,
  rueda: (id: string) => ['reports', 'rueda', id] as const,
};

export function useProgrammeReport() {
  return useQuery({
    queryKey: keys.programme,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/reports/programme', { signal })),
  });
}

export function useRuedaReport(id: string) {
  return useQuery({
    queryKey: keys.rueda(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/ruedas/{id}/report', { params: { path: { id } }, signal })),
  });
}

/** Setting targets answers the whole report again: keep it. */
export function useSetTargets() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (targets: Targets) => unwrap(api.PUT('/api/v1/reports/programme/targets', { body: targets })),
    onSuccess: (report) => client.setQueryData(keys.programme, report),
  });
}

export function useProgrammeCsv() {
  return useMutation({
    mutationFn: () => saveDownload(api.GET('/api/v1/reports/programme.csv', { ...asFile }), 'informe-programa.csv'),
  });
}

/** One rueda's report as a spreadsheet (CSV or Excel). */
export function useRuedaReportFile(ruedaId: string) {
  return useMutation({
    mutationFn: (format: 'csv' | 'xlsx') =>
      format === 'csv'
        ? saveDownload(api.GET('/api/v1/ruedas/{id}/report.csv', { params: { path: { id: ruedaId } }, ...asFile }), 'informe-rueda.csv')
        : saveDownload(api.GET('/api/v1/ruedas/{id}/report.xlsx', { params: { path: { id: ruedaId } }, ...asFile }), 'informe-rueda.xlsx'),
  });
}

export function useProgrammeXlsx() {
  return useMutation({
    mutationFn: () => saveDownload(api.GET('/api/v1/reports/programme.xlsx', { ...asFile }), 'informe-programa.xlsx'),
  });
}
