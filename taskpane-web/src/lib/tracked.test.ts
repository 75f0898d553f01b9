import { tracked } from './tracked';

describe('tracked', () => {
  it('has no value while pending, then the resolved one', async () => {
    let resolve: (value: string) => void = () => undefined;
    const work = tracked(new Promise<string>((done) => (resolve = done)));
    expect(work.settled()).toBeUndefined();
    resolve('ready');
    await work.promise;
    expect(work.settled()).toEqual({ value: 'ready' });
  });

  it('keeps a failure for whoever awaits the promise', async () => {
    const work = tracked(Promise.reject(new Error('refused')));
    await expect(work.promise).rejects.toThrow('refused');
    expect(work.settled()).toBeUndefined();
  });
});
