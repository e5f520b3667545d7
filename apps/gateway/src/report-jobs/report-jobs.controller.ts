import { applyDecorators, Controller, Get, Inject, Param, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { RequirePermissions } from '@party/auth';
import { API_TAGS, DomainError, REPORT_JOB_ROUTES, ReportJobView } from '@party/contracts';
import { jobResultPath } from '@party/messaging';
import { GATEWAY_ENV, GatewayEnv } from '../config/gateway-env';
import { apiErrors } from '../http/answers';
import { Caller, CurrentCaller } from '../http/caller';
import { ServiceClient } from '../services/service-client';
import { ReportJobQueue } from './report-job-queue';

const TERMINAL = new Set(['completed', 'failed']);
/** How often a stream re-reads the job when no queue event came (Redis events lost in a reconnect). */
const POLL_MS = 3000;
const HEARTBEAT_MS = 15_000;
const errors = applyDecorators(...apiErrors(400, 401, 403, 404));
const idParam = ApiParam({ name: 'id', required: true, schema: { type: 'string' } });

/**
 * What a report job needs over HTTP beyond its declared routes: the live stream of its progress
 * (server-sent events; the compression middleware leaves `text/event-stream` alone) and the
 * download of its files from the results directory. Both ask reporting first whether the caller
 * may see the job (`reporting.job.get`: permission and organization scope), so a file is served
 * only to whom the job's view lists it.
 */
@ApiTags(API_TAGS.reports)
@ApiBearerAuth()
@Controller('reports/jobs')
export class ReportJobsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly queue: ReportJobQueue,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  private view(id: string, caller: Caller): Promise<ReportJobView> {
    return this.services.forCaller<ReportJobView>(REPORT_JOB_ROUTES.get.pattern, { id }, caller);
  }

  @Get(':id/events')
  @RequirePermissions('reports:read')
  @idParam
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary: 'Theo dõi tiến độ công việc xuất báo cáo (server-sent events) / A report job’s progress as server-sent events',
    description:
      'Each event `job` carries the job as `GET /api/reports/jobs/{id}` answers it: at once, then on every change (progress, start, retry, end); the stream ends after `completed` or `failed`. ' +
      'Send the bearer token as on every route (read it with `fetch`; `EventSource` cannot send headers).',
  })
  @ApiOkResponse({ description: 'The event stream', content: { 'text/event-stream': { schema: { type: 'string', description: '`event: job` / `data: <ReportJob JSON>`' } } } })
  @errors
  async events(@Param('id') id: string, @CurrentCaller() caller: Caller, @Req() req: Request, @Res() res: Response): Promise<void> {
    // before any byte is sent: a job the caller may not see is a 404 like any other
    let last = await this.view(id, caller);
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    let closed = false;
    let lastSent = '';
    const send = (view: ReportJobView) => {
      const json = JSON.stringify(view);
      if (closed || json === lastSent) return;
      lastSent = json;
      res.write(`event: job\ndata: ${json}\n\n`);
      if (TERMINAL.has(view.state)) finish();
    };
    let reading = false;
    let again = false;
    const refresh = async () => {
      if (closed) return;
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        last = await this.view(id, caller);
        send(last);
      } catch {
        // reporting or Redis away for a moment: the next event or poll reads again
      } finally {
        reading = false;
        if (again && !closed) {
          again = false;
          void refresh();
        }
      }
    };
    const unwatch = this.queue.watch(id, () => void refresh());
    const poll = setInterval(() => void refresh(), POLL_MS);
    const heartbeat = setInterval(() => !closed && res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    function finish() {
      if (closed) return;
      closed = true;
      unwatch();
      clearInterval(poll);
      clearInterval(heartbeat);
      res.end();
    }
    req.on('close', finish);
    res.write('retry: 3000\n\n');
    send(last);
  }

  @Get(':id/files/:name')
  @RequirePermissions('reports:read')
  @idParam
  @ApiParam({ name: 'name', required: true, schema: { type: 'string' } })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf', 'text/html')
  @ApiOperation({
    summary: 'Tải tệp kết quả của công việc xuất báo cáo / Download a file of a report job',
    description: 'The names are those of the job’s `files` (only those the caller may read: a list of members needs `members:read`). `?inline=1` opens a PDF or HTML in the browser instead of saving it.',
  })
  @ApiOkResponse({ description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  @errors
  async file(@Param('id') id: string, @Param('name') name: string, @Req() req: Request, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const view = await this.view(id, caller);
    const file = view.files.find((f) => f.name === name);
    const path = file && jobResultPath(this.env.REPORT_RESULTS_DIR, this.env.QUEUE_PREFIX, view.id, file.name);
    const missing = () => DomainError.notFound({ vi: `tệp "${name}" của công việc này`, en: `File "${name}" of this job` });
    if (!file || !path) throw missing();
    const size = await stat(path).then((s) => s.size, () => null);
    if (size === null) throw missing();
    const inline = req.query.inline === '1' && /pdf|html/.test(file.contentType);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(createReadStream(path), {
      type: file.contentType,
      length: size,
      disposition: `${inline ? 'inline' : 'attachment'}; filename="${file.name}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
  }
}

